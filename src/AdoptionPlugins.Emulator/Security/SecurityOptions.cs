using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Security;

/// <summary>How strictly an emulated organization checks its callers' privileges and access.</summary>
public sealed record SecurityOptions
{
    public static SecurityOptions Default { get; } = new();

    /// <summary>On by default: an emulator more forgiving than Dataverse lets product bugs through.</summary>
    public bool Enforce { get; init; } = true;

    /// <summary>
    /// Null (the platform's default) leaves hierarchy security off. A depth turns on the manager hierarchy model: a manager
    /// reads the rows of their reports down to that many levels (dataverse-facts 5.5).
    /// </summary>
    public int? ManagerHierarchyDepth { get; init; }

    /// <summary>
    /// How many levels of reports a manager may also write, append and append to under hierarchy security: by default direct
    /// reports and their reports (hierarchy-security, HierarchyLevelForHierarchyFeature).
    /// </summary>
    public int ManagerHierarchyWriteDepth { get; init; } = 2;

    /// <summary>
    /// Logical names of the tables an administrator excluded from hierarchy security (the setting "entities to exclude from the
    /// hierarchy" in the environment's Hierarchy security settings [community: PPAC screenshot]): managers reach their rows only
    /// through their roles.
    /// </summary>
    public IReadOnlySet<string> TablesExcludedFromHierarchy { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
