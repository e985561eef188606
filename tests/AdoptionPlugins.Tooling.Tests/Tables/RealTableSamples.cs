using System.IO;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Real exported tables and relationships in ../shared/solution-samples (solution-format.md names the roots BAK, AKC, AKM).</summary>
public static class RealTableSamples
{
    /// <summary>BAK: nvarchar, global choice, yes/no, lookups, an alternate key, views.</summary>
    public static string BusinessApprover => Path.Combine(BusinessApprovals, "Entities", "cat_BusinessApprover", "Entity.xml");

    public static string BusinessApproverViews => Path.Combine(BusinessApprovals, "Entities", "cat_BusinessApprover", "SavedQueries");

    /// <summary>BAK: a many-to-many and one-to-many relationships referencing cat_BusinessApprover.</summary>
    public static string BusinessApproverRelationships => Path.Combine(BusinessApprovals, "Other", "Relationships", "cat_BusinessApprover.xml");

    /// <summary>AKC, the newest full export (2025): text, whole number, date and time, yes/no, local choice, lookup and every system column.</summary>
    public static string ScheduleItem => RepositoryFolders.InShared(
        "solution-samples", "microsoft__powercat-automation-kit", "AutomationKitControlCenter", "SolutionPackage", "src",
        "Entities", "autocoe_AutomationScheduleItem", "Entity.xml");

    /// <summary>AKM: custom and system relationships referencing SystemUser.</summary>
    public static string SystemUserRelationships => RepositoryFolders.InShared(
        "solution-samples", "microsoft__powercat-automation-kit", "AutomationCoEMain", "SolutionPackage", "src", "Other", "Relationships", "SystemUser.xml");

    private static string BusinessApprovals => RepositoryFolders.InShared(
        "solution-samples", "microsoft__powercat-business-approvals-kit", "BusinessApprovalKit", "SolutionPackage", "src");
}
