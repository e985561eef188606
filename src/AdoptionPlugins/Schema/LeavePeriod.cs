namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_leaveperiod</c> table: days a user is away, which never count against them.</summary>
public static class LeavePeriod
{
    public const string EntityName = "adopt_leaveperiod";
    public const string PrimaryId = "adopt_leaveperiodid";
    public const string Name = "adopt_name";
    public const string UserId = "adopt_userid";
    public const string StartDate = "adopt_startdate";
    public const string EndDate = "adopt_enddate";
    public const string OwnerId = "ownerid";
}
