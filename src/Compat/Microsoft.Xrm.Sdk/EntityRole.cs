namespace Microsoft.Xrm.Sdk;

/// <summary>Which side of a self-referencing relationship a record is on.</summary>
public enum EntityRole
{
    Referencing = 0,
    Referenced = 1,
}
