using System;
using System.ComponentModel;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A Dataverse record: a logical name, an id and the columns that were sent or retrieved.</summary>
public class Entity : IExtensibleDataObject
{
    public Entity()
        : this(null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
        Attributes = new AttributeCollection();
        KeyAttributes = new KeyAttributeCollection();
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        Id = id;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        KeyAttributes = keyAttributes;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes.Add(keyName, keyValue);
    }

    public AttributeCollection Attributes { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public virtual Guid Id { get; set; }

    // The indexer throws for a missing column while GetAttributeValue returns default: plugin code relies on the difference.
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public KeyAttributeCollection KeyAttributes { get; set; }

    public string LogicalName { get; set; }

    public string RowVersion { get; set; }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        // A plain cast, as in the real SDK: a boxed int read as long throws InvalidCastException.
        if (!Attributes.TryGetValue(attributeLogicalName, out object value) || value == null)
        {
            return default;
        }

        return (T)value;
    }

    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        try
        {
            if (!Attributes.TryGetValue(attributeKey, out object value) || value == null)
            {
                return false;
            }

            if (value is T typed)
            {
                result = typed;
                return true;
            }

            // The real SDK falls back to a type converter and swallows any failure.
            result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
            return true;
        }
        catch (Exception)
        {
            result = default;
            return false;
        }
    }

    public EntityReference ToEntityReference()
    {
        // Key attributes and Name are not carried over by the real SDK either.
        return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        Attributes[attributeLogicalName] = value;
    }
}
