namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A table the solution creates; its rows are the adoption data that uninstall can purge.</summary>
public sealed record TableDefinition(string LogicalName, string EntitySetName)
{
    /// <summary>Custom tables name their primary key column after the table.</summary>
    public string PrimaryIdColumn => LogicalName + "id";
}
