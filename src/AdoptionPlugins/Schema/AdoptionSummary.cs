using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_adoptionsummary</c> table: one row of totals per evaluation day and group large enough to show.</summary>
/// <remarks>
/// A run rewrites only its own day's rows, and deletes those of groups it no longer shows. Rows of earlier days stay as they were
/// written, under the settings (privacy mode, minimum group size) and the org chart of their day, as history, until the retention
/// purge deletes them.
/// </remarks>
public static class AdoptionSummary
{
    public const string EntityName = "adopt_adoptionsummary";
    public const string PrimaryId = "adopt_adoptionsummaryid";

    /// <summary>The group's name: "Everyone", a tier, or the manager's team.</summary>
    public const string Name = "adopt_name";
    public const string GroupKind = "adopt_groupkind";

    /// <summary>The team's manager, on team rows only.</summary>
    public const string ManagerId = "adopt_managerid";

    /// <summary>DateOnly: the evaluation day the totals belong to.</summary>
    public const string Day = "adopt_day";
    public const string People = "adopt_people";
    public const string Active = "adopt_active";
    public const string Slipping = "adopt_slipping";
    public const string Inactive = "adopt_inactive";
    public const string NewStarters = "adopt_new";
    public const string OnLeave = "adopt_onleave";
    public const string ActivePercent = "adopt_activepercent";
    public const string LoggedLast7Days = "adopt_loggedlast7days";

    /// <summary>Identifies the group and day; the row id is its UUID v5, so a repeated run rewrites the row.</summary>
    public const string SummaryKey = "adopt_summarykey";
    public const string OwnerId = "ownerid";

    public const int NameMaxLength = 200;
    public const int SummaryKeyMaxLength = 200;

    private const int Base = 618370000;

    /// <summary>The option value of a group kind: 618370000 plus its position (organization, tier, team).</summary>
    public static int ValueOf(GroupKind kind) => Base + (int)kind;
}
