namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>An alternate key's index state from <c>EntityDefinitions(...)/Keys</c>: Pending, InProgress, Active or Failed (dataverse-facts 4.1).</summary>
public sealed record EntityKeyStatus(string LogicalName, string IndexStatus)
{
    public bool IsActive => IndexStatus == "Active";

    public bool HasFailed => IndexStatus == "Failed";
}
