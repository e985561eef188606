using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A small packed managed solution zip with one of each component deploy configures; valid by default, each part can be changed or left out.</summary>
public sealed record TestSolutionZip
{
    public const string SendingSwitch = "adopt_SendingEnabled";
    public const string QuietDays = "adopt_QuietDays";
    public const string SponsorEmail = "adopt_SponsorEmail";
    public const string DataverseConnection = "adopt_Dataverse";
    public const string DataverseConnector = "/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps";
    public const string SettingsEntitySet = "adopt_adoptionsettings";
    public const string FlowName = "Adoption | Daily evaluation";
    public static readonly Guid FlowId = Guid.Parse("6a0c2a58-3c1e-4d3a-9a57-5b7c1f0d2e11");
    public static readonly Guid StepId = Guid.Parse("1f3b9c2e-8d47-4a61-b2c5-0e9d7a6f4b22");

    public string UniqueName { get; init; } = "AdoptionPlugins";

    public string Version { get; init; } = "1.0.0.0";

    public bool Managed { get; init; } = true;

    public bool WithSendingSwitch { get; init; } = true;

    /// <summary>Ships the adoption settings table, where deploy saves privacy mode.</summary>
    public bool WithSettingsTable { get; init; } = true;

    public static TestSolutionZip Default { get; } = new();

    /// <summary>Writes the zip into <paramref name="folder"/> and returns its path.</summary>
    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, $"{UniqueName}_{Version.Replace('.', '_')}{(Managed ? "_managed" : string.Empty)}.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in Entries())
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return path;
    }

    private IEnumerable<(string Name, string Content)> Entries()
    {
        yield return ("solution.xml", $"""
            <ImportExportXml version="9.2.24053.198" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive">
              <SolutionManifest><UniqueName>{UniqueName}</UniqueName><Version>{Version}</Version><Managed>{(Managed ? 1 : 0)}</Managed>
                <Publisher><UniqueName>adoptionplugins</UniqueName><CustomizationPrefix>adopt</CustomizationPrefix></Publisher><RootComponents /></SolutionManifest>
            </ImportExportXml>
            """);
        yield return ("customizations.xml", $$"""
            <ImportExportXml>
              <Entities><Entity><Name>adopt_UsageDay</Name><EntityInfo><entity Name="adopt_UsageDay">
                <EntityKeys><EntityKey><Name>adopt_user_day</Name><LogicalName>adopt_user_day</LogicalName>
                  <EntityKeyAttributes><AttributeName>adopt_userid</AttributeName><AttributeName>adopt_day</AttributeName></EntityKeyAttributes></EntityKey></EntityKeys>
                <EntitySetName>adopt_usagedays</EntitySetName></entity></EntityInfo></Entity>{{(WithSettingsTable ? SettingsEntity : string.Empty)}}</Entities>
              <Workflows><Workflow WorkflowId="{{{FlowId}}}" Name="{{FlowName}}"><JsonFileName>/Workflows/AdoptionDailyEvaluation-{{FlowId.ToString().ToUpperInvariant()}}.json</JsonFileName><Category>5</Category></Workflow></Workflows>
              <SdkMessageProcessingSteps><SdkMessageProcessingStep Name="AdoptionPlugins.Plugins.RecordActivityOnCreate: Create of task" SdkMessageProcessingStepId="{{{StepId}}}" /></SdkMessageProcessingSteps>
              <connectionreferences><connectionreference connectionreferencelogicalname="{{DataverseConnection}}"><connectorid>{{DataverseConnector}}</connectorid></connectionreference></connectionreferences>
            </ImportExportXml>
            """);
        yield return ($"Workflows/AdoptionDailyEvaluation-{FlowId.ToString().ToUpperInvariant()}.json",
            "{\"properties\":{\"connectionReferences\":{\"shared_commondataserviceforapps\":{\"runtimeSource\":\"embedded\",\"connection\":{\"connectionReferenceLogicalName\":\""
            + DataverseConnection + "\"},\"api\":{\"name\":\"shared_commondataserviceforapps\"}}},\"definition\":{}},\"schemaVersion\":\"1.0.0.0\"}");
        yield return (Variable(QuietDays), Definition(QuietDays, 100000001, "2"));
        yield return (Variable(SponsorEmail), Definition(SponsorEmail, 100000000, null));
        if (WithSendingSwitch)
        {
            yield return (Variable(SendingSwitch), Definition(SendingSwitch, 100000002, "no"));
        }
    }

    private const string SettingsEntity = $"""<Entity><Name>adopt_AdoptionSetting</Name><EntityInfo><entity Name="adopt_AdoptionSetting"><EntitySetName>{SettingsEntitySet}</EntitySetName></entity></EntityInfo></Entity>""";

    private static string Variable(string schemaName) => $"environmentvariabledefinitions/{schemaName}/environmentvariabledefinition.xml";

    private static string Definition(string schemaName, int type, string? defaultValue)
    {
        var defaultElement = defaultValue == null ? string.Empty : "<defaultvalue>" + defaultValue + "</defaultvalue>";
        return $"""<environmentvariabledefinition schemaname="{schemaName}">{defaultElement}<isrequired>0</isrequired><secretstore>0</secretstore><type>{type}</type></environmentvariabledefinition>""";
    }
}
