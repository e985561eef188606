using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>One <c>adopt_activityday</c> row: a user's counted signals on one of their local days, with a deterministic id.</summary>
public sealed class ActivityDayRecord
{
    internal ActivityDayRecord(Guid userId, string? userName, DateTime day, ActivityDayTally tally)
    {
        UserId = userId;
        Day = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        Id = IdOf(userId, Day);
        Name = string.Format(CultureInfo.InvariantCulture, "{0}, {1:yyyy-MM-dd}", string.IsNullOrWhiteSpace(userName) ? userId.ToString() : userName, Day);
        TaskCount = tally.Count(SignalKind.Task);
        PhoneCallCount = tally.Count(SignalKind.PhoneCall);
        MeetingCount = tally.Count(SignalKind.Meeting);
        EmailSentCount = tally.Count(SignalKind.EmailSent);
        EmailTrackedCount = tally.Count(SignalKind.EmailTracked);
        NoteCount = tally.Count(SignalKind.Note);
        OpportunityCreatedCount = tally.Count(SignalKind.OpportunityCreated);
        OpportunityWorkedCount = tally.Count(SignalKind.OpportunityWorked);
        OpportunityWonCount = tally.Count(SignalKind.OpportunityWon);
        CompletedCount = tally.Completed;
        LoggedOnBehalfCount = tally.LoggedOnBehalf;
        TotalCount = tally.Total;
        FirstActivityOn = tally.First;
        LastActivityOn = tally.Last;
    }

    public Guid Id { get; }

    public Guid UserId { get; }

    /// <summary>e.g. "Dana Reyes, 2026-11-25".</summary>
    public string Name { get; }

    /// <summary>The user's local day, without time (DateOnly).</summary>
    public DateTime Day { get; }

    public int TaskCount { get; }

    public int PhoneCallCount { get; }

    public int MeetingCount { get; }

    public int EmailSentCount { get; }

    public int EmailTrackedCount { get; }

    public int NoteCount { get; }

    public int OpportunityCreatedCount { get; }

    public int OpportunityWorkedCount { get; }

    public int OpportunityWonCount { get; }

    /// <summary>Activities this user completed (tasks, calls, meetings, sent emails).</summary>
    public int CompletedCount { get; }

    /// <summary>Work other people logged on this user's rows; not part of <see cref="TotalCount"/>.</summary>
    public int LoggedOnBehalfCount { get; }

    /// <summary>Every signal credited to this user on this day, logged and completed.</summary>
    public int TotalCount { get; }

    /// <summary>UTC time of the first counted signal, null on a day with none.</summary>
    public DateTime? FirstActivityOn { get; }

    public DateTime? LastActivityOn { get; }

    /// <summary>The id of the user's row for a day, the same wherever it is computed.</summary>
    public static Guid IdOf(Guid userId, DateTime day) =>
        DeterministicGuid.Create(string.Format(CultureInfo.InvariantCulture, "activityday:{0:D}:{1:yyyy-MM-dd}", userId, day));

    public override string ToString() => $"{Name}: total {TotalCount}, completed {CompletedCount}, on behalf {LoggedOnBehalfCount}";
}
