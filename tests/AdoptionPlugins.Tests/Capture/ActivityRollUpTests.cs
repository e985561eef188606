using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class ActivityRollUpTests
{
    private static readonly DateTime Day = new(2026, 11, 25);
    private static readonly LocalDayRange November = new(new DateTime(2026, 11, 1), new DateTime(2026, 11, 30));

    private readonly UserFacts _dana = People.Person("Dana Reyes");
    private readonly UserFacts _assistant = People.Person("Ari Assistant");

    [Fact]
    public void SignalsOfOneDay_AreCountedPerKindWithCompletionsSeparate()
    {
        var signals = new[] { Own(SignalKind.Task, 9), Own(SignalKind.Task, 10, SignalEvent.Completed), Own(SignalKind.PhoneCall, 11), Own(SignalKind.OpportunityWon, 12) };

        var day = Assert.Single(RollUp(FixedOffsetZone.Utc, signals));

        Assert.Equal((1, 1, 1, 1, 4), (day.TaskCount, day.PhoneCallCount, day.OpportunityWonCount, day.CompletedCount, day.TotalCount));
    }

    [Fact]
    public void LateEveningInUtc_IsTheNextDayForAUserInBerlin()
    {
        var signals = new[] { Own(SignalKind.Meeting, 23) };

        var day = Assert.Single(RollUp(FixedOffsetZone.Hours(1), signals));

        Assert.Equal(Day.AddDays(1), day.Day);
    }

    [Fact]
    public void DayRow_IsNamedAfterTheUserAndDayWithAnIdOfTheUserDay()
    {
        var signals = new[] { Own(SignalKind.Note, 9) };

        var day = Assert.Single(RollUp(FixedOffsetZone.Utc, signals));

        Assert.Equal("Dana Reyes, 2026-11-25", day.Name);
        Assert.Equal(ActivityDayRecord.IdOf(_dana.Id, Day), day.Id);
    }

    [Fact]
    public void FirstAndLastActivity_AreTheEarliestAndLatestCountedSignals()
    {
        var signals = new[] { Own(SignalKind.Task, 14), Own(SignalKind.Note, 8), Own(SignalKind.PhoneCall, 17) };

        var day = Assert.Single(RollUp(FixedOffsetZone.Utc, signals));

        Assert.Equal((At(8), At(17)), (day.FirstActivityOn, day.LastActivityOn));
    }

    [Fact]
    public void WorkAnAssistantLoggedForDana_CountsOnlyAsLoggedOnBehalf()
    {
        var signals = new[] { Signal(_assistant.Id, SignalKind.Task, 9, onBehalfOf: _dana.Id) };

        var day = Assert.Single(RollUp(FixedOffsetZone.Utc, signals));

        Assert.Equal((1, 0), (day.LoggedOnBehalfCount, day.TotalCount));
        Assert.Null(day.FirstActivityOn);
    }

    [Fact]
    public void OnBehalfSignalOfAnAccountThatDoesNotCount_IsIgnored()
    {
        var connector = People.ApplicationUser();
        var signals = new[] { Signal(connector.Id, SignalKind.Task, 9, onBehalfOf: _dana.Id) };

        var days = ActivityRollUp.RollUp(_dana, FixedOffsetZone.Utc, signals, new UserDirectory(_dana, connector), November);

        Assert.Empty(days);
    }

    [Fact]
    public void UserWhoDoesNotCount_GetsNoRowsAndKeepsTheStoredHistory()
    {
        var leaver = People.Disabled();
        var signals = new[] { Signal(leaver.Id, SignalKind.Task, 9) };

        var days = ActivityRollUp.RollUp(leaver, FixedOffsetZone.Utc, signals, new UserDirectory(leaver), November, [Day]);

        Assert.Empty(days);
    }

    [Fact]
    public void StoredDayWhoseSignalsAreGone_IsWrittenBackAsZero()
    {
        var stored = Day.AddDays(-3);

        var days = ActivityRollUp.RollUp(_dana, FixedOffsetZone.Utc, [Own(SignalKind.Task, 9)], Directory(), November, [stored]);

        Assert.Equal([(stored, 0), (Day, 1)], days.Select(day => (day.Day, day.TotalCount)));
    }

    [Fact]
    public void SameSignalReadTwice_CountsOnce()
    {
        var signal = Own(SignalKind.Task, 9);

        var day = Assert.Single(RollUp(FixedOffsetZone.Utc, [signal, signal]));

        Assert.Equal(1, day.TotalCount);
    }

    [Fact]
    public void SignalsOutsideTheRange_AreLeftOut()
    {
        var range = new LocalDayRange(Day.AddDays(1), Day.AddDays(2));

        var days = ActivityRollUp.RollUp(_dana, FixedOffsetZone.Utc, [Own(SignalKind.Task, 9)], Directory(), range);

        Assert.Empty(days);
    }

    [Fact]
    public void SignalsInAnyOrder_GiveTheSameRows()
    {
        var signals = Enumerable.Range(0, 40).Select(i => Own((SignalKind)(i % 9), i % 24, i % 3 == 0 ? SignalEvent.Completed : SignalEvent.Logged, i / 24)).ToArray();
        var shuffled = signals.OrderBy(signal => signal.Id).ToArray();

        var inOrder = RollUp(FixedOffsetZone.Hours(-5), signals).Select(day => day.ToString());

        Assert.Equal(inOrder, RollUp(FixedOffsetZone.Hours(-5), shuffled).Select(day => day.ToString()));
    }

    private static DateTime At(int hour, int dayOffset = 0) =>
        DateTime.SpecifyKind(Day.AddDays(dayOffset).AddHours(hour), DateTimeKind.Utc);

    private System.Collections.Generic.IReadOnlyList<ActivityDayRecord> RollUp(ITimeZoneConverter zone, Signal[] signals) =>
        ActivityRollUp.RollUp(_dana, zone, signals, Directory(), November);

    private UserDirectory Directory() => new(_dana, _assistant);

    private Signal Own(SignalKind kind, int hour, SignalEvent signalEvent = SignalEvent.Logged, int dayOffset = 0) =>
        Signal(_dana.Id, kind, hour, signalEvent, dayOffset: dayOffset);

    private static Signal Signal(Guid userId, SignalKind kind, int hour, SignalEvent signalEvent = SignalEvent.Logged, Guid? onBehalfOf = null, int dayOffset = 0)
    {
        var sourceId = Guid.NewGuid();
        return new Signal(userId, kind, signalEvent, CreditReason.InitiatingUser, At(hour, dayOffset), SourceTable.Task, sourceId, SourceKeys.Of(SourceTable.Task, sourceId, signalEvent.ToString()), onBehalfOf);
    }
}
