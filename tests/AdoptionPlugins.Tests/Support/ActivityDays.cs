using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Builds a user's activity days the way the roll-up does: one logged task per UTC time given, days in UTC.</summary>
public static class ActivityDays
{
    private static readonly LocalDayRange AllOf2026 = new(new DateTime(2026, 1, 1), new DateTime(2026, 12, 31));

    public static IReadOnlyList<ActivityDayRecord> Of(UserFacts user, params DateTime[] taskTimesUtc) =>
        ActivityRollUp.RollUp(user, FixedOffsetZone.Utc, taskTimesUtc.Select(time => TaskAt(user, time)), new UserDirectory(user), AllOf2026);

    private static Signal TaskAt(UserFacts user, DateTime utc)
    {
        var taskId = Guid.NewGuid();
        return new Signal(user.Id, SignalKind.Task, SignalEvent.Logged, CreditReason.InitiatingUser, utc, SourceTable.Task, taskId, SourceKeys.Of(SourceTable.Task, taskId, "logged"));
    }
}
