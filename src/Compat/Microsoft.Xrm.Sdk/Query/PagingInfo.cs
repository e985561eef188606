using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of results to return and how large a page is.</summary>
public sealed class PagingInfo : IExtensibleDataObject
{
    public PagingInfo()
    {
    }

    public int Count { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public int PageNumber { get; set; }

    public string PagingCookie { get; set; }

    public bool ReturnTotalRecordCount { get; set; }
}
