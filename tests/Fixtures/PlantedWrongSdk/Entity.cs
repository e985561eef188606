namespace Microsoft.Xrm.Sdk;

/// <summary>Entity with two members as the real SDK declares them and one planted mistake.</summary>
public class Entity
{
    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public string LogicalName { get; set; }

    // Planted: the real member is the generic GetAttributeValue<T>(string) returning T.
    public object GetAttributeValue(string attributeLogicalName) => null;
}
