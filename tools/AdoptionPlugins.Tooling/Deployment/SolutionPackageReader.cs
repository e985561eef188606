using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Reads the parts of a packed solution zip that deployment needs, so names come from what is deployed, not from a list in code.</summary>
internal static class SolutionPackageReader
{
    private const int ModernFlowCategory = 5;

    public static SolutionPackage Read(string zipPath) => Read(ReadBytes(zipPath), zipPath);

    public static SolutionPackage Read(byte[] bytes, string zipPath)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException notAZip)
        {
            throw new DeploymentInputException($"{zipPath} is not a readable zip file ({notAZip.Message}). Run 'adoption pack' again or pass the managed solution zip with --solution.", notAZip);
        }

        using (archive)
        {
            var manifest = LoadXml(archive, zipPath, "solution.xml", required: true)!;
            var customizations = LoadXml(archive, zipPath, "customizations.xml", required: true)!;
            var solutionManifest = manifest.Root?.Element("SolutionManifest")
                ?? throw new DeploymentInputException($"{zipPath}: solution.xml has no <SolutionManifest>; it is not a solution zip.");
            var uniqueName = Required(solutionManifest, "UniqueName", zipPath);
            var versionText = Required(solutionManifest, "Version", zipPath);
            if (!Version.TryParse(versionText, out var version))
            {
                throw new DeploymentInputException($"{zipPath}: solution.xml <Version> '{versionText}' is not a version like 1.2.0.0.");
            }

            return new SolutionPackage
            {
                Path = zipPath,
                UniqueName = uniqueName,
                Version = version,
                IsManaged = solutionManifest.Element("Managed")?.Value.Trim() == "1",
                PublisherPrefix = solutionManifest.Element("Publisher")?.Element("CustomizationPrefix")?.Value.Trim() ?? string.Empty,
                Content = bytes,
                EnvironmentVariables = EnvironmentVariables(archive, zipPath, customizations),
                ConnectionReferences = [.. customizations.Descendants("connectionreference").Select(ConnectionReference)],
                CloudFlows = [.. customizations.Descendants("Workflow").Where(IsCloudFlow).Select(flow => CloudFlow(archive, zipPath, flow))],
                AlternateKeys = [.. customizations.Descendants("entity").SelectMany(AlternateKeys)],
                PluginSteps = [.. customizations.Descendants("SdkMessageProcessingStep").Select(PluginStep)],
                Tables = [.. customizations.Descendants("entity").Select(Table)],
            };
        }
    }

    private static byte[] ReadBytes(string zipPath)
    {
        try
        {
            return File.ReadAllBytes(zipPath);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DeploymentInputException($"Cannot read the solution zip {zipPath}: {unreadable.Message}", unreadable);
        }
    }

    private static XDocument? LoadXml(ZipArchive archive, string zipPath, string entryName, bool required)
    {
        var entry = archive.Entries.FirstOrDefault(candidate => string.Equals(candidate.FullName.TrimStart('/'), entryName, StringComparison.OrdinalIgnoreCase));
        if (entry == null)
        {
            return required
                ? throw new DeploymentInputException($"{zipPath} has no {entryName} at its root, so it is not a packed solution. Pass the managed zip that 'adoption pack' writes.")
                : null;
        }

        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            return XDocument.Load(reader);
        }
        catch (Exception broken) when (broken is XmlException or InvalidDataException or IOException)
        {
            throw new DeploymentInputException($"{zipPath}: {entry.FullName} is not readable XML ({broken.Message}).", broken);
        }
    }

    private static string Required(XElement parent, string name, string zipPath)
    {
        var value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? throw new DeploymentInputException($"{zipPath}: solution.xml has no <{name}>.")
            : value;
    }

    private static List<EnvironmentVariableDefinition> EnvironmentVariables(ZipArchive archive, string zipPath, XDocument customizations)
    {
        // Packed zips keep definitions in environmentvariabledefinitions/<schema>/ as the unpacked tree does;
        // the inline form is read too (solution-format.md 2 marks the packed folder unverified).
        var inFolders = archive.Entries
            .Where(entry => entry.FullName.TrimStart('/').StartsWith("environmentvariabledefinitions/", StringComparison.OrdinalIgnoreCase)
                && entry.Name.Equals("environmentvariabledefinition.xml", StringComparison.OrdinalIgnoreCase))
            .Select(entry => LoadXml(archive, zipPath, entry.FullName, required: true)!.Root!);
        return [.. inFolders.Concat(customizations.Descendants("environmentvariabledefinition"))
            .Select(EnvironmentVariable)
            .DistinctBy(variable => variable.SchemaName, StringComparer.OrdinalIgnoreCase)];
    }

    private static EnvironmentVariableDefinition EnvironmentVariable(XElement definition)
    {
        var type = int.TryParse(definition.Element("type")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            ? (EnvironmentVariableType)code
            : EnvironmentVariableType.Text;
        return new EnvironmentVariableDefinition((string?)definition.Attribute("schemaname") ?? string.Empty, type, definition.Element("defaultvalue")?.Value);
    }

    private static ConnectionReferenceDefinition ConnectionReference(XElement reference) =>
        new((string?)reference.Attribute("connectionreferencelogicalname") ?? string.Empty, reference.Element("connectorid")?.Value.Trim());

    private static bool IsCloudFlow(XElement workflow) =>
        int.TryParse(workflow.Element("Category")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var category) && category == ModernFlowCategory;

    private static CloudFlowDefinition CloudFlow(ZipArchive archive, string zipPath, XElement workflow)
    {
        var id = Guid.TryParse((string?)workflow.Attribute("WorkflowId"), out var parsed) ? parsed : Guid.Empty;
        var name = (string?)workflow.Attribute("Name") ?? id.ToString();
        var jsonFile = workflow.Element("JsonFileName")?.Value.Trim().TrimStart('/');
        var entry = jsonFile == null ? null : archive.Entries.FirstOrDefault(candidate => string.Equals(candidate.FullName.TrimStart('/'), jsonFile, StringComparison.OrdinalIgnoreCase));
        return new CloudFlowDefinition(id, name, entry == null ? [] : FlowConnectionReferences(entry, zipPath));
    }

    private static List<string> FlowConnectionReferences(ZipArchiveEntry flowJson, string zipPath)
    {
        // clientdata: properties.connectionReferences.<key>.connection.connectionReferenceLogicalName (solution-format.md 3, cloud flow)
        try
        {
            using var stream = flowJson.Open();
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("properties", out var properties)
                || !properties.TryGetProperty("connectionReferences", out var references)
                || references.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            return [.. references.EnumerateObject()
                .Select(reference => reference.Value.TryGetProperty("connection", out var connection)
                    && connection.TryGetProperty("connectionReferenceLogicalName", out var logicalName)
                        ? logicalName.GetString()
                        : null)
                .OfType<string>()];
        }
        catch (JsonException broken)
        {
            throw new DeploymentInputException($"{zipPath}: {flowJson.FullName} is not valid JSON ({broken.Message}).", broken);
        }
    }

    private static IEnumerable<AlternateKeyDefinition> AlternateKeys(XElement entity)
    {
        var table = ((string?)entity.Attribute("Name") ?? string.Empty).ToLowerInvariant();
        return entity.Elements("EntityKeys").Elements("EntityKey").Select(key => new AlternateKeyDefinition(
            table,
            (key.Element("LogicalName")?.Value ?? key.Element("Name")?.Value ?? string.Empty).Trim().ToLowerInvariant(),
            [.. key.Elements("EntityKeyAttributes").Elements("AttributeName").Select(column => column.Value.Trim())]));
    }

    private static TableDefinition Table(XElement entity)
    {
        var logicalName = ((string?)entity.Attribute("Name") ?? string.Empty).ToLowerInvariant();
        return new TableDefinition(logicalName, entity.Element("EntitySetName")?.Value.Trim() is { Length: > 0 } setName ? setName : logicalName + "s");
    }

    private static PluginStepDefinition PluginStep(XElement step) => new(
        Guid.TryParse((string?)step.Attribute("SdkMessageProcessingStepId"), out var id) ? id : Guid.Empty,
        (string?)step.Attribute("Name") ?? string.Empty);
}
