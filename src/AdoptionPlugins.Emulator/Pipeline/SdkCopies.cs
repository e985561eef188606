using System.Linq;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// Copies of request values: the platform serializes what crosses into the sandbox, so a plugin never shares an object with its
// caller, and an async job keeps the values as they were when it was queued.
internal static class SdkCopies
{
    public static ParameterCollection Parameters(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var (name, value) in source)
        {
            copy[name] = Value(value);
        }

        return copy;
    }

    public static EntityImageCollection Images(EntityImageCollection source)
    {
        var copy = new EntityImageCollection();
        foreach (var (alias, image) in source)
        {
            copy[alias] = Entity(image);
        }

        return copy;
    }

    public static object? Value(object? value) => value switch
    {
        Entity entity => Entity(entity),
        EntityReference reference => Reference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        EntityCollection collection => new EntityCollection(collection.Entities.Select(Entity).ToList())
        {
            EntityName = collection.EntityName,
            MoreRecords = collection.MoreRecords,
            PagingCookie = collection.PagingCookie,
            TotalRecordCount = collection.TotalRecordCount,
        },
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Reference).ToList()),
        string[] texts => texts.ToArray(),
        _ => value,
    };

    public static Entity Entity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion };
        foreach (var (name, value) in source.Attributes)
        {
            copy.Attributes[name] = Value(value);
        }

        foreach (var (name, value) in source.KeyAttributes)
        {
            copy.KeyAttributes[name] = Value(value);
        }

        return copy;
    }

    private static EntityReference Reference(EntityReference source)
    {
        var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
        foreach (var (name, value) in source.KeyAttributes ?? new KeyAttributeCollection())
        {
            copy.KeyAttributes[name] = value;
        }

        return copy;
    }
}
