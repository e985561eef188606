using System.IO;
using System.Linq;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Tests.Registrations;
using AdoptionPlugins.Tests.Wiring.Support;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;
using Api = AdoptionPlugins.Schema.EvaluateAdoptionMessage;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The shipped definition of adopt_EvaluateAdoption is what the plugin reads and writes, callable from a flow.</summary>
public class EvaluateApiRegistrationTests
{
    private static readonly CustomApiRegistration Registration = CustomApiXml.ReadFolder(
        AdoptionOrganization.SolutionFolder, Path.Combine(AdoptionOrganization.SolutionFolder, CustomApiXml.Folder, Api.UniqueName));

    [Fact]
    public void CustomApi_RunsTheEvaluationPluginTypeOfOurAssembly()
    {
        var typeId = ExpectedRegistrations.PluginTypeId(typeof(EvaluateAdoptionApi));

        Assert.Equal(typeId, Registration.PluginTypeId);
    }

    [Fact]
    public void CustomApi_IsAGlobalNonPrivateActionNeedingTheProfileWritePrivilege()
    {
        Assert.Equal(
            (CustomApiBindingType.Global, false, false, false, Api.ExecutePrivilegeName),
            (Registration.BindingType, Registration.IsFunction, Registration.IsPrivate, Registration.IsCustomizable, Registration.ExecutePrivilegeName));
    }

    [Fact]
    public void RequestParameters_AreOptionalAndTheOnesThePluginReads()
    {
        var parameters = Registration.RequestParameters.Select(parameter => (parameter.UniqueName, parameter.Type, parameter.IsOptional));

        Assert.Equal(
            [
                (Api.Cursor, CustomApiParameterType.String, true),
                (Api.DryRun, CustomApiParameterType.Boolean, true),
                (Api.PageSize, CustomApiParameterType.Integer, true),
                (Api.TeamId, CustomApiParameterType.Guid, true),
                (Api.UserId, CustomApiParameterType.Guid, true),
            ],
            parameters);
    }

    [Fact]
    public void ResponseProperties_AreTheOnesThePluginWrites()
    {
        var properties = Registration.ResponseProperties.Select(property => (property.UniqueName, property.Type));

        Assert.Equal(
            [
                (Api.Evaluated, CustomApiParameterType.Integer),
                (Api.HasMore, CustomApiParameterType.Boolean),
                (Api.MessagesHeld, CustomApiParameterType.Integer),
                (Api.MessagesSent, CustomApiParameterType.Integer),
                (Api.NextCursor, CustomApiParameterType.String),
                (Api.Purged, CustomApiParameterType.Integer),
                (Api.QuickWinsRaised, CustomApiParameterType.Integer),
            ],
            properties);
    }
}
