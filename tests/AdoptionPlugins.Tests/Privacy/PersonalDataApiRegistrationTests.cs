using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Tests.Registrations;
using AdoptionPlugins.Tests.Wiring.Support;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;
using Erase = AdoptionPlugins.Schema.EraseUserAdoptionDataMessage;
using Export = AdoptionPlugins.Schema.ExportPersonAdoptionDataMessage;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>The shipped export and erase custom APIs run our plugin types, are flow-callable actions and need an administrator's privilege.</summary>
public class PersonalDataApiRegistrationTests
{
    [Theory]
    [InlineData(Export.UniqueName, typeof(ExportPersonAdoptionDataApi))]
    [InlineData(Erase.UniqueName, typeof(EraseUserAdoptionDataApi))]
    public void CustomApi_IsALockedGlobalActionOfOurPluginTypeForAdministrators(string uniqueName, Type pluginType)
    {
        var registration = Read(uniqueName);

        Assert.Equal(
            (ExpectedRegistrations.PluginTypeId(pluginType), CustomApiBindingType.Global, false, false, false, "prvDeleteadopt_AdoptionProfile"),
            (registration.PluginTypeId, registration.BindingType, registration.IsFunction, registration.IsPrivate, registration.IsCustomizable, registration.ExecutePrivilegeName));
    }

    [Theory]
    [InlineData(Export.UniqueName)]
    [InlineData(Erase.UniqueName)]
    public void RequestParameters_AreARequiredUserAndAnOptionalCursor(string uniqueName)
    {
        var parameters = Read(uniqueName).RequestParameters.Select(parameter => (parameter.UniqueName, parameter.Type, parameter.IsOptional));

        Assert.Equal([(Export.Cursor, CustomApiParameterType.String, true), (Export.UserId, CustomApiParameterType.Guid, false)], parameters);
    }

    [Fact]
    public void ExportResponse_IsTheOnesThePluginWrites()
    {
        var properties = Read(Export.UniqueName).ResponseProperties.Select(property => (property.UniqueName, property.Type));

        Assert.Equal(
            [(Export.Data, CustomApiParameterType.String), (Export.HasMore, CustomApiParameterType.Boolean), (Export.NextCursor, CustomApiParameterType.String), (Export.Rows, CustomApiParameterType.Integer)],
            properties);
    }

    [Fact]
    public void EraseResponse_IsTheOnesThePluginWrites()
    {
        var properties = Read(Erase.UniqueName).ResponseProperties.Select(property => (property.UniqueName, property.Type));

        Assert.Equal([(Erase.Erased, CustomApiParameterType.Integer), (Erase.HasMore, CustomApiParameterType.Boolean), (Erase.NextCursor, CustomApiParameterType.String)], properties);
    }

    private static CustomApiRegistration Read(string uniqueName) =>
        CustomApiXml.ReadFolder(AdoptionOrganization.SolutionFolder, Path.Combine(AdoptionOrganization.SolutionFolder, CustomApiXml.Folder, uniqueName));
}
