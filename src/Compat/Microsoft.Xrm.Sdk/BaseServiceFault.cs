using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Common detail of every fault the organization service returns.</summary>
public abstract class BaseServiceFault : IExtensibleDataObject
{
    protected BaseServiceFault()
    {
        ErrorDetails = new ErrorDetailCollection();
    }

    public Guid ActivityId { get; set; }

    public int ErrorCode { get; set; }

    public ErrorDetailCollection ErrorDetails { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public string HelpLink { get; set; }

    public string Message { get; set; }

    public DateTime Timestamp { get; set; }
}
