namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_activityday</c> table: one user's credited events on one local day, rolled up from signals.</summary>
public static class ActivityDay
{
    public const string EntityName = "adopt_activityday";
    public const string PrimaryId = "adopt_activitydayid";
    public const string Name = "adopt_name";
    public const string UserId = "adopt_userid";

    /// <summary>DateOnly: the user's local day (dataverse-facts 4.8).</summary>
    public const string Day = "adopt_day";
    public const string TaskCount = "adopt_taskcount";
    public const string PhoneCallCount = "adopt_phonecallcount";
    public const string MeetingCount = "adopt_meetingcount";
    public const string EmailSentCount = "adopt_emailsentcount";
    public const string EmailTrackedCount = "adopt_emailtrackedcount";
    public const string NoteCount = "adopt_notecount";
    public const string OpportunityCreatedCount = "adopt_opportunitycreatedcount";
    public const string OpportunityWorkedCount = "adopt_opportunityworkedcount";
    public const string OpportunityWonCount = "adopt_opportunitywoncount";
    public const string CompletedCount = "adopt_completedcount";
    public const string LoggedOnBehalfCount = "adopt_loggedonbehalfcount";
    public const string TotalCount = "adopt_totalcount";
    public const string FirstActivityOn = "adopt_firstactivityon";
    public const string LastActivityOn = "adopt_lastactivityon";
    public const string OwnerId = "ownerid";

    /// <summary>Alternate key over (<see cref="UserId"/>, <see cref="Day"/>).</summary>
    public const string UserDayKey = "adopt_userday";
}
