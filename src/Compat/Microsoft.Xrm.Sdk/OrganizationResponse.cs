using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The answer to an OrganizationRequest; typed responses are views over its Results.</summary>
public class OrganizationResponse : IExtensibleDataObject
{
    public OrganizationResponse()
    {
        Results = new ParameterCollection();
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public string ResponseName { get; set; }

    public ParameterCollection Results { get; set; }
}
