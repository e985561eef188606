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
    public const string EvaluatedOn = "adopt_evaluatedon";
    public const string OwnerId = "ownerid";

    /// <summary>Alternate key over <see cref="UserId"/>.</summary>
    public const string UserKey = "adopt_user";

    public const int StateReasonMaxLength = 4000;
}
