using System;
using System.Linq;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>An organization built from an unpacked solution fires what that solution would import, read by the Tooling reader.</summary>
public sealed class SolutionFolderTests
{
    private static readonly Guid EchoTypeId = new("0b7d4c55-2c1e-4b8e-9a51-6f0d7c3e9a10");

    [Fact]
    public void SolutionFolder_FiresItsStepsAndAnswersItsCustomApis()
    {
        using var solution = new TemporaryFolder();
        WriteAssembly(solution);
        StepRegistrationXml.WriteTo(solution.Path, AStep.For<ContextTracer>("Create"));
        WriteEchoApi(solution);
        using var org = EmulatedOrganization.FromSolution(solution.Path, typeof(EchoApi).Assembly);

        org.SystemService.Create(A.Task().Build());
        var response = org.SystemService.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hello" });

        Assert.Equal("task", org.TracesOf<ContextTracer>().Single().Value("entity"));
        Assert.Equal("HELLO", response["Echo"]);
    }

    [Fact]
    public void SolutionWhosePluginAssemblyIsNotGiven_FailsNamingTheAssembly()
    {
        using var solution = new TemporaryFolder();
        StepRegistrationXml.WriteTo(solution.Path, AStep.For<ContextTracer>("Create"));

        var error = Assert.Throws<InvalidOperationException>(() => EmulatedOrganization.FromSolution(solution.Path));

        Assert.Contains("from assembly 'AdoptionPlugins.Emulator.Tests', which is not registered with the emulator", error.Message, StringComparison.Ordinal);
    }

    private static void WriteAssembly(TemporaryFolder solution)
    {
        var assembly = typeof(EchoApi).Assembly.GetName();
        solution.Write($"PluginAssemblies/{assembly.Name}-0D9F8E7C/{assembly.Name}.dll.data.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <PluginAssembly FullName="{assembly.FullName}" PluginAssemblyId="0d9f8e7c-6b5a-4938-8271-605f4e3d2c1b">
              <IsolationMode>2</IsolationMode>
              <SourceType>0</SourceType>
              <FileName>/PluginAssemblies/{assembly.Name}-0D9F8E7C/{assembly.Name}.dll</FileName>
              <PluginTypes>
                <PluginType AssemblyQualifiedName="{typeof(EchoApi).AssemblyQualifiedName}" PluginTypeId="{EchoTypeId}" Name="{typeof(EchoApi).FullName}" />
              </PluginTypes>
            </PluginAssembly>
            """);
    }

    private static void WriteEchoApi(TemporaryFolder solution)
    {
        solution.Write("customapis/new_Echo/customapi.xml", $"""
            <customapi uniquename="new_Echo">
              <allowedcustomprocessingsteptype>2</allowedcustomprocessingsteptype>
              <bindingtype>0</bindingtype>
              <isfunction>0</isfunction>
              <name>new_Echo</name>
              <plugintypeid><plugintypeexportkey>{EchoTypeId}</plugintypeexportkey></plugintypeid>
            </customapi>
            """);
        solution.Write("customapis/new_Echo/customapirequestparameters/Text/customapirequestparameter.xml", """
            <customapirequestparameter uniquename="Text"><name>Text</name><type>10</type></customapirequestparameter>
            """);
        solution.Write("customapis/new_Echo/customapiresponseproperties/Echo/customapiresponseproperty.xml", """
            <customapiresponseproperty uniquename="Echo"><name>Echo</name><type>10</type></customapiresponseproperty>
            """);
    }
}
