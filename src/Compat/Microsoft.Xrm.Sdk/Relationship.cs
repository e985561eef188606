using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Names a relationship for Associate and Disassociate.</summary>
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public EntityRole? PrimaryEntityRole { get; set; }

    public string SchemaName { get; set; }

    public override bool Equals(object obj)
    {
        return obj is Relationship other
            && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
            && PrimaryEntityRole == other.PrimaryEntityRole;
    }

    public override int GetHashCode() => SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName);

    public override string ToString() => SchemaName;
}
