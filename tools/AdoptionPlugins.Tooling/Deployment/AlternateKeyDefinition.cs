using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>An alternate key the solution ships; its index is built asynchronously after import (dataverse-facts 4.1).</summary>
public sealed record AlternateKeyDefinition(string TableLogicalName, string KeyLogicalName, IReadOnlyList<string> Columns)
{
    public override string ToString() => $"{TableLogicalName}.{KeyLogicalName} ({string.Join(", ", Columns)})";
}
