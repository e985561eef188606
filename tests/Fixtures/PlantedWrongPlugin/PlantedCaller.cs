using Microsoft.Xrm.Sdk;

namespace PlantedWrongPlugin;

/// <summary>Uses two real members and the planted one.</summary>
public static class PlantedCaller
{
    public static object Read()
    {
        var entity = new Entity("task");
        return entity.LogicalName + entity.GetAttributeValue("subject");
    }
}
