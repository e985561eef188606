using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>
/// A paged custom API the fake serves as scripted: page n answers its counters, with NextCursor <see cref="CursorOf"/>(n + 1) and HasMore
/// until the last page; a page can fail with a Dataverse error, or be refused with 429 a number of times first.
/// </summary>
public sealed record FakePagedAction(IReadOnlyList<IReadOnlyDictionary<string, int>> Pages)
{
    /// <summary>The 1-based page that always answers <see cref="FailureCode"/> and <see cref="FailureMessage"/>, or null.</summary>
    public int? FailingPage { get; init; }

    /// <summary>The fault code of an exception thrown by a plug-in (ISV code aborted the operation).</summary>
    public string FailureCode { get; init; } = "0x80040265";

    public string FailureMessage { get; init; } = "The sender queue adopt_SenderQueue does not exist.";

    /// <summary>The 1-based page refused with 429 Too Many Requests <see cref="ThrottledTimes"/> times before it is answered.</summary>
    public int ThrottledPage { get; init; }

    public int ThrottledTimes { get; init; }

    /// <summary>The 1-based page that answers HasMore without a NextCursor, as a broken API would, or null.</summary>
    public int? CursorlessPage { get; init; }

    /// <summary><paramref name="count"/> pages with the same counters each.</summary>
    public static FakePagedAction Of(int count, IReadOnlyDictionary<string, int> counters) => new([.. Enumerable.Repeat(counters, count)]);

    /// <summary>The cursor that asks for page <paramref name="page"/> (2 or more); the first page is asked for without one.</summary>
    public static string CursorOf(int page) => string.Create(CultureInfo.InvariantCulture, $"fake-cursor-{page}");
}
