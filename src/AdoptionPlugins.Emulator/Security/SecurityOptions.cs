namespace AdoptionPlugins.Emulator.Security;

/// <summary>How strictly an emulated organization checks its callers' privileges and access.</summary>
public sealed record SecurityOptions
{
    public static SecurityOptions Default { get; } = new();

    /// <summary>On by default: an emulator more forgiving than Dataverse lets product bugs through.</summary>
    public bool Enforce { get; init; } = true;

    /// <summary>
    /// Null (the platform's default) leaves hierarchy security off. A depth turns on the manager hierarchy model: a manager
    /// reads the rows of reports down to that many levels and also writes those of direct reports (dataverse-facts 5.5).
    /// </summary>
    public int? ManagerHierarchyDepth { get; init; }
}
