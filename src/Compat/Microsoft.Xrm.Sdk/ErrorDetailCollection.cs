namespace Microsoft.Xrm.Sdk;

/// <summary>Extra detail carried by a service fault.</summary>
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
    public ErrorDetailCollection()
    {
    }
}
