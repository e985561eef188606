using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AdoptionPlugins.Benchmarks;

/// <summary>What a backfill cost, page by page, in emulated platform time, and whether it counted what the history holds.</summary>
public sealed class BackfillFigures
{
    /// <summary>A page must stay well inside the 2-minute limit of a custom API's main operation (dataverse-facts 1.2).</summary>
    public static readonly TimeSpan PageBudget = TimeSpan.FromSeconds(60);

    public BackfillFigures(IReadOnlyList<TimeSpan> pageTimes, TimeSpan requestDuration, long signalsWritten, long daysWritten, long countedTotal, long expectedTotal)
    {
        ArgumentNullException.ThrowIfNull(pageTimes);
        Pages = pageTimes.Count;
        Requests = pageTimes.Sum(time => (long)(time / requestDuration));
        LongestPage = pageTimes.Count == 0 ? TimeSpan.Zero : pageTimes.Max();
        PagesOverBudget = pageTimes.Count(time => time >= PageBudget);
        SignalsWritten = signalsWritten;
        DaysWritten = daysWritten;
        CountedTotal = countedTotal;
        ExpectedTotal = expectedTotal;
    }

    public int Pages { get; }

    /// <summary>Every request: the API calls and the requests their plugin made.</summary>
    public long Requests { get; }

    public TimeSpan LongestPage { get; }

    public int PagesOverBudget { get; }

    public long SignalsWritten { get; }

    public long DaysWritten { get; }

    /// <summary>The sum of every activity day's total after the backfill.</summary>
    public long CountedTotal { get; }

    public long ExpectedTotal { get; }

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "// Backfill: {0:N0} requests in {1:N0} pages; longest page {2:N1} s of emulated platform time at 20 ms per request ({3} pages at or over {4:N0} s); "
        + "{5:N0} signals and {6:N0} activity days written; activity counted {7:N0} of {8:N0} expected.",
        Requests, Pages, LongestPage.TotalSeconds, PagesOverBudget, PageBudget.TotalSeconds, SignalsWritten, DaysWritten, CountedTotal, ExpectedTotal);
}
