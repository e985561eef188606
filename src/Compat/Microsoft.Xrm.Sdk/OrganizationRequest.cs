using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message sent through IOrganizationService.Execute; typed requests are views over its Parameters.</summary>
public class OrganizationRequest : IExtensibleDataObject
{
    public OrganizationRequest()
    {
        Parameters = new ParameterCollection();
    }

    public OrganizationRequest(string requestName)
        : this()
    {
        RequestName = requestName;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ParameterCollection Parameters { get; set; }

    public Guid? RequestId { get; set; }

    public string RequestName { get; set; }
}
