using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Entity declared as the real SDK declares it except for one planted member.</summary>
public class Entity : IExtensibleDataObject
{
    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string attributeName]
    {
        get => null;
        set { }
    }

    public string LogicalName { get; set; }

    // Planted: the real member is the generic GetAttributeValue<T>(string) returning T.
    public object GetAttributeValue(string attributeLogicalName) => null;
}
