namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_adoptionprofile</c> table: one row per user with tier, flags and the latest evaluation.</summary>
public static class AdoptionProfile
{
    public const string EntityName = "adopt_adoptionprofile";
    public const string PrimaryId = "adopt_adoptionprofileid";
    public const string Name = "adopt_name";
    public const string UserId = "adopt_userid";
    public const string Tier = "adopt_tier";
    public const string TierSource = "adopt_tiersource";
    public const string FirstSeenOn = "adopt_firstseenon";
    public const string FirstActivityOn = "adopt_firstactivityon";
    public const string LastActivityOn = "adopt_lastactivityon";
    public const string IsOptedOut = "adopt_isoptedout";
    public const string IsVip = "adopt_isvip";
    public const string State = "adopt_state";
    public const string StateSince = "adopt_statesince";
    public const string StateReason = "adopt_statereason";

    /// <summary>Whether <see cref="StateReason"/> tells what the person logged and when; in privacy mode it does not. Empty on rows written before it existed.</summary>
    public const string ReasonHasFigures = "adopt_reasonhasfigures";
    public const string EvaluatedOn = "adopt_evaluatedon";

    /// <summary>The state before the latest evaluation (same options as <see cref="State"/>).</summary>
    public const string PreviousState = "adopt_previousstate";

    /// <summary>DateOnly: the first and last day the latest evaluation looked at.</summary>
    public const string WindowStart = "adopt_windowstart";
    public const string WindowEnd = "adopt_windowend";
    public const string WorkingDays = "adopt_workingdays";
    public const string ActiveDays = "adopt_activedays";

    /// <summary>Active days as a whole percentage of working days, 0 to 100.</summary>
    public const string SharePercent = "adopt_sharepercent";

    /// <summary>The weekdays the person works, such as "Mon,Tue,Wed"; empty for the settings' usual week.</summary>
    public const string WorkPattern = "adopt_workpattern";

    /// <summary>
    /// DateOnly: the day (UTC) an erase for a data subject request removed the person's adoption history; a reconcile never
    /// rebuilds anything up to the end of that day. Empty for everyone else.
    /// </summary>
    public const string ErasedOn = "adopt_erasedon";
    public const string OwnerId = "ownerid";

    /// <summary>Every column a person could send on a save: the guard step checks a save that touches any of them.</summary>
    public const string EditableColumns =
        Name + "," + UserId + "," + Tier + "," + TierSource + "," + FirstSeenOn + "," + FirstActivityOn + "," + LastActivityOn + "," + IsOptedOut + ","
        + IsVip + "," + State + "," + StateSince + "," + StateReason + "," + ReasonHasFigures + "," + EvaluatedOn + "," + PreviousState + "," + WindowStart + "," + WindowEnd + ","
        + WorkingDays + "," + ActiveDays + "," + SharePercent + "," + WorkPattern + "," + ErasedOn + "," + OwnerId;

    /// <summary>Alternate key over <see cref="UserId"/>.</summary>
    public const string UserKey = "adopt_user";

    public const int StateReasonMaxLength = 4000;
    public const int WorkPatternMaxLength = 100;
}
