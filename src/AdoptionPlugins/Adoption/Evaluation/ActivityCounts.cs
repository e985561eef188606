using System;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>What one user (or a team) logged, per kind of activity, as rolled up from activity signals.</summary>
public sealed class ActivityCounts
{
    public ActivityCounts(
        int tasks = 0,
        int phoneCalls = 0,
        int meetings = 0,
        int emailsSent = 0,
        int emailsTracked = 0,
        int notes = 0,
        int opportunitiesCreated = 0,
        int opportunitiesWorked = 0,
        int opportunitiesWon = 0,
        int completed = 0,
        int loggedOnBehalf = 0)
    {
        Tasks = NotNegative(tasks, nameof(tasks));
        PhoneCalls = NotNegative(phoneCalls, nameof(phoneCalls));
        Meetings = NotNegative(meetings, nameof(meetings));
        EmailsSent = NotNegative(emailsSent, nameof(emailsSent));
        EmailsTracked = NotNegative(emailsTracked, nameof(emailsTracked));
        Notes = NotNegative(notes, nameof(notes));
        OpportunitiesCreated = NotNegative(opportunitiesCreated, nameof(opportunitiesCreated));
        OpportunitiesWorked = NotNegative(opportunitiesWorked, nameof(opportunitiesWorked));
        OpportunitiesWon = NotNegative(opportunitiesWon, nameof(opportunitiesWon));
        Completed = NotNegative(completed, nameof(completed));
        LoggedOnBehalf = NotNegative(loggedOnBehalf, nameof(loggedOnBehalf));
    }

    public static ActivityCounts None { get; } = new();

    public int Tasks { get; }

    public int PhoneCalls { get; }

    public int Meetings { get; }

    public int EmailsSent { get; }

    /// <summary>Emails server-side sync tracked for the user: they may be tracked without the user opening the CRM.</summary>
    public int EmailsTracked { get; }

    public int Notes { get; }

    public int OpportunitiesCreated { get; }

    public int OpportunitiesWorked { get; }

    public int OpportunitiesWon { get; }

    /// <summary>Activities the user completed; a separate event from logging them.</summary>
    public int Completed { get; }

    /// <summary>Activities others logged for this user: never the user's own use of the CRM.</summary>
    public int LoggedOnBehalf { get; }

    /// <summary>Everything the user logged themselves, counting tracked emails only when the settings say so.</summary>
    public int Logged(bool countTrackedEmails) =>
        Tasks + PhoneCalls + Meetings + EmailsSent + Notes + OpportunitiesCreated + OpportunitiesWorked + OpportunitiesWon
        + (countTrackedEmails ? EmailsTracked : 0);

    /// <summary>True when the user did something in the CRM themselves.</summary>
    public bool ShowOwnUse(bool countTrackedEmails) => Logged(countTrackedEmails) + Completed > 0;

    public ActivityCounts Plus(ActivityCounts other)
    {
        other = other ?? throw new ArgumentNullException(nameof(other));
        return new ActivityCounts(
            Tasks + other.Tasks,
            PhoneCalls + other.PhoneCalls,
            Meetings + other.Meetings,
            EmailsSent + other.EmailsSent,
            EmailsTracked + other.EmailsTracked,
            Notes + other.Notes,
            OpportunitiesCreated + other.OpportunitiesCreated,
            OpportunitiesWorked + other.OpportunitiesWorked,
            OpportunitiesWon + other.OpportunitiesWon,
            Completed + other.Completed,
            LoggedOnBehalf + other.LoggedOnBehalf);
    }

    private static int NotNegative(int count, string name) =>
        count >= 0 ? count : throw new ArgumentOutOfRangeException(name, count, $"An activity count cannot be negative; {name} was {count}.");
}
