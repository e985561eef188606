namespace Microsoft.Xrm.Sdk;

/// <summary>Column values of an entity, keyed by logical name.</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }
}
