namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate-key values that identify a record instead of its id.</summary>
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }
}
