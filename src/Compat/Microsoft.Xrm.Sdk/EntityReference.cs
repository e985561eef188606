using System;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A lookup value: which table and which record (by id or by alternate key).</summary>
public sealed class EntityReference : IExtensibleDataObject
{
    public EntityReference()
    {
        KeyAttributes = new KeyAttributeCollection();
    }

    public EntityReference(string logicalName)
        : this()
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
        : this(logicalName)
    {
        Id = id;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        : this(logicalName)
    {
        KeyAttributes = keyAttributeCollection;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
        : this(logicalName)
    {
        KeyAttributes.Add(keyName, keyValue);
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public Guid Id { get; set; }

    public KeyAttributeCollection KeyAttributes { get; set; }

    public string LogicalName { get; set; }

    public string Name { get; set; }

    public string RowVersion { get; set; }

    // Id, case-sensitive logical name and key attributes; Name and RowVersion do not take part.
    public override bool Equals(object obj)
    {
        if (!(obj is EntityReference other))
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id.Equals(other.Id)
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
            && KeyAttributes.Count == other.KeyAttributes.Count
            && KeyAttributes.Intersect(other.KeyAttributes).Count() == KeyAttributes.Count;
    }

    public override int GetHashCode()
    {
        int hash = string.IsNullOrEmpty(LogicalName) ? 0 : LogicalName.GetHashCode() ^ Id.GetHashCode();
        foreach (var key in KeyAttributes)
        {
            hash ^= string.IsNullOrEmpty(key.Key) ? 0 : key.Key.GetHashCode() ^ key.Value.GetHashCode();
        }

        return hash;
    }
}
