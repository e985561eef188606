using System;
using System.IO;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>Reading a whole unpacked tree: what is there, what is missing, and files that contradict their place.</summary>
public class SolutionRegistrationsTests
{
    private const string AssemblyDataXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <PluginAssembly FullName="AdoptionPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=1234567890abcdef" PluginAssemblyId="0d9f8e7c-6b5a-4938-8271-605f4e3d2c1b" CustomizationLevel="1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <IsolationMode>2</IsolationMode>
          <SourceType>0</SourceType>
          <IntroducedVersion>1.0</IntroducedVersion>
          <FileName>/PluginAssemblies/AdoptionPlugins-0D9F8E7C-6B5A-4938-8271-605F4E3D2C1B/AdoptionPlugins.dll</FileName>
          <PluginTypes>
            <PluginType AssemblyQualifiedName="AdoptionPlugins.Plugins.RecordActivity, AdoptionPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=1234567890abcdef" PluginTypeId="6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f" Name="AdoptionPlugins.Plugins.RecordActivity">
              <FriendlyName>RecordActivity</FriendlyName>
            </PluginType>
          </PluginTypes>
        </PluginAssembly>
        """;

    private const string AssemblyPath = "PluginAssemblies/AdoptionPlugins-0D9F8E7C-6B5A-4938-8271-605F4E3D2C1B/AdoptionPlugins.dll.data.xml";

    [Fact]
    public void SolutionWithoutRegistrationFolders_HasNoRegistrations()
    {
        using var solution = new TemporarySolution();
        solution.Write("Other/Solution.xml", "<ImportExportXml />");

        var registrations = SolutionRegistrations.Read(solution.Path);

        Assert.Equal(new SolutionRegistrations(), registrations);
    }

    [Fact]
    public void MissingSolutionFolder_FailsNamingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-such-solution-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => SolutionRegistrations.Read(folder));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TreeWithAssemblyStepAndCustomApi_ReadsAllThree()
    {
        using var solution = new TemporarySolution();
        solution.Write(AssemblyPath, AssemblyDataXml);
        var step = AStep.OnUpdate().Asynchronous();
        solution.Write(step);
        solution.Write("customapis/pfx_Evaluate/customapi.xml", CustomApi("pfx_Evaluate"));
        solution.Write("customapis/pfx_Evaluate/customapirequestparameters/PageSize/customapirequestparameter.xml", Parameter("PageSize", 7));

        var registrations = SolutionRegistrations.Read(solution.Path);

        Assert.Equal(ASolution.With(step).Assemblies, registrations.Assemblies);
        Assert.Equal([step], registrations.Steps);
        var api = Assert.Single(registrations.CustomApis);
        Assert.Equal(AStep.PluginTypeId, api.PluginTypeId);
        Assert.Equal(CustomApiParameterType.Integer, Assert.Single(api.RequestParameters).Type);
    }

    [Fact]
    public void StepFileNamedAfterAnotherId_FailsNamingBoth()
    {
        var step = AStep.OnCreate();
        using var solution = new TemporarySolution();
        solution.Write("SdkMessageProcessingSteps/{00000000-0000-0000-0000-000000000001}.xml", step);

        var error = Assert.Throws<InvalidDataException>(() => SolutionRegistrations.Read(solution.Path));

        Assert.Equal(
            $"SdkMessageProcessingSteps/{{00000000-0000-0000-0000-000000000001}}.xml: the file is named {{00000000-0000-0000-0000-000000000001}} but its SdkMessageProcessingStepId is {step.Id:B}; name it {step.Id:B}.xml",
            error.Message);
    }

    [Fact]
    public void CustomApiParameterOfUnknownType_FailsNamingTheFile()
    {
        using var solution = new TemporarySolution();
        solution.Write("customapis/pfx_Evaluate/customapi.xml", CustomApi("pfx_Evaluate"));
        solution.Write("customapis/pfx_Evaluate/customapirequestparameters/Cursor/customapirequestparameter.xml", Parameter("Cursor", 13));

        var error = Assert.Throws<InvalidDataException>(() => SolutionRegistrations.Read(solution.Path));

        Assert.Equal(
            "customapis/pfx_Evaluate/customapirequestparameters/Cursor/customapirequestparameter.xml: <type> is 13; a custom API parameter's type is 0 (Boolean) to 12 (Guid)",
            error.Message);
    }

    [Fact]
    public void CustomApiInAFolderOfAnotherName_FailsNamingBoth()
    {
        using var solution = new TemporarySolution();
        solution.Write("customapis/pfx_Old/customapi.xml", CustomApi("pfx_Evaluate"));

        var error = Assert.Throws<InvalidDataException>(() => SolutionRegistrations.Read(solution.Path));

        Assert.Equal(
            "customapis/pfx_Old/customapi.xml: the uniquename is pfx_Evaluate but the folder is pfx_Old; exports name the folder after the uniquename",
            error.Message);
    }

    [Fact]
    public void AssemblyWithoutFullName_FailsNamingTheFile()
    {
        using var solution = new TemporarySolution();
        solution.Write(AssemblyPath, AssemblyDataXml.Replace("FullName=", "Name=", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => SolutionRegistrations.Read(solution.Path));

        Assert.Equal(AssemblyPath + ": <PluginAssembly> has no FullName attribute", error.Message);
    }

    private static string CustomApi(string uniqueName) => $"""
        <customapi uniquename="{uniqueName}">
          <allowedcustomprocessingsteptype>0</allowedcustomprocessingsteptype>
          <bindingtype>0</bindingtype>
          <displayname default="Evaluate" />
          <isfunction>0</isfunction>
          <isprivate>0</isprivate>
          <name>{uniqueName}</name>
          <plugintypeid>
            <plugintypeexportkey>{AStep.PluginTypeId}</plugintypeexportkey>
          </plugintypeid>
        </customapi>
        """;

    private static string Parameter(string uniqueName, int type) => $"""
        <customapirequestparameter uniquename="{uniqueName}">
          <isoptional>1</isoptional>
          <name>{uniqueName}</name>
          <type>{type}</type>
        </customapirequestparameter>
        """;
}
