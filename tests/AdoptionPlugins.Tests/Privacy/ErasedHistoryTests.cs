using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Privacy;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>What a reconcile may write again for a person whose history was erased: only work after the erase day.</summary>
public sealed class ErasedHistoryTests
{
    private static readonly Guid Erased = new("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static readonly Guid Colleague = new("7b2e1d3f-4c5e-4f60-9bac-1d2e3f4a5b6c");
    private static readonly DateTime ErasedOn = new(2026, 3, 2);
    private static readonly IReadOnlyDictionary<Guid, DateTime> ErasedPeople = new Dictionary<Guid, DateTime> { [Erased] = ErasedOn };

    [Theory]
    [InlineData("2026-02-27T12:00:00Z", false)]
    [InlineData("2026-03-02T23:59:00Z", false)]
    [InlineData("2026-03-03T00:00:00Z", true)]
    public void SignalOfTheErasedPerson_ComesBackOnlyAfterTheEraseDay(string occurredOn, bool written)
    {
        var signal = SignalOf(Erased, DateTime.Parse(occurredOn, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime());

        var kept = ErasedHistory.Filter(signal, ErasedPeople);

        Assert.Equal(written, kept is not null);
    }

    [Fact]
    public void ColleaguesSignalLoggedForTheErasedPersonBeforeTheErase_KeepsTheCreditWithoutTheName()
    {
        var signal = SignalOf(Colleague, new DateTime(2026, 2, 27, 12, 0, 0, DateTimeKind.Utc), onBehalfOf: Erased);

        var kept = ErasedHistory.Filter(signal, ErasedPeople);

        Assert.Equal((Colleague, (Guid?)null, signal.Id), (kept!.UserId, kept.OnBehalfOfId, kept.Id));
    }

    [Fact]
    public void SignalOfSomeoneNeverErased_IsWrittenAsDerived()
    {
        var signal = SignalOf(Colleague, new DateTime(2026, 2, 27, 12, 0, 0, DateTimeKind.Utc));

        var kept = ErasedHistory.Filter(signal, ErasedPeople);

        Assert.Same(signal, kept);
    }

    private static Signal SignalOf(Guid user, DateTime occurredOn, Guid? onBehalfOf = null)
    {
        var source = Guid.NewGuid();
        return new Signal(user, SignalKind.Task, SignalEvent.Logged, CreditReason.InitiatingUser, occurredOn, SourceTable.Task, source, $"task:{source:D}:logged", onBehalfOf);
    }
}
