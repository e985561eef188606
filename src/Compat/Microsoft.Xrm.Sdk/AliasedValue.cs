using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A value returned under an alias: linked-table columns and FetchXML aggregates.</summary>
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    public string AttributeLogicalName { get; private set; }

    public string EntityLogicalName { get; private set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public object Value { get; private set; }
}
