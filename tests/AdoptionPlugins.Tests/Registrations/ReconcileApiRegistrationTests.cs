using System.IO;
using System.Linq;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;
using Api = AdoptionPlugins.Schema.ReconcileActivityMessage;

namespace AdoptionPlugins.Tests.Registrations;

public class ReconcileApiRegistrationTests
{
    private static readonly CustomApiRegistration Registration = CustomApiXml.ReadFolder(
        RepositoryFolders.InRepository("solution"), Path.Combine(RepositoryFolders.InRepository("solution"), CustomApiXml.Folder, Api.UniqueName));

    [Fact]
    public void CustomApi_RunsTheReconcilePluginTypeOfOurAssembly()
    {
        var typeId = ExpectedRegistrations.PluginTypeId(typeof(ReconcileActivityApi));

        Assert.Equal(typeId, Registration.PluginTypeId);
        Assert.Contains(ExpectedRegistrations.Assembly().PluginTypes, type => type.PluginTypeId == typeId);
    }

    [Fact]
    public void CustomApi_IsAGlobalActionAFlowCanCall()
    {
        Assert.Equal((CustomApiBindingType.Global, false, false), (Registration.BindingType, Registration.IsFunction, Registration.IsPrivate));
    }

    [Fact]
    public void CustomApi_IsLockedAndNeedsTheWritePrivilegeOnActivityDays()
    {
        Assert.Equal((false, Api.ExecutePrivilegeName), (Registration.IsCustomizable, Registration.ExecutePrivilegeName));
    }

    [Fact]
    public void RequestParameters_AreTheOnesThePluginReads()
    {
        var parameters = Registration.RequestParameters.Select(parameter => (parameter.UniqueName, parameter.Type, parameter.IsOptional));

        Assert.Equal(
            [
                (Api.Cursor, CustomApiParameterType.String, true),
                (Api.FromDate, CustomApiParameterType.DateTime, false),
                (Api.PageSize, CustomApiParameterType.Integer, true),
                (Api.ToDate, CustomApiParameterType.DateTime, false),
                (Api.UserIds, CustomApiParameterType.String, true),
            ],
            parameters);
    }

    [Fact]
    public void ResponseProperties_AreTheOnesThePluginWrites()
    {
        var properties = Registration.ResponseProperties.Select(property => (property.UniqueName, property.Type));

        Assert.Equal(
            [
                (Api.DaysWritten, CustomApiParameterType.Integer),
                (Api.HasMore, CustomApiParameterType.Boolean),
                (Api.NextCursor, CustomApiParameterType.String),
                (Api.SignalsWritten, CustomApiParameterType.Integer),
            ],
            properties);
    }
}
