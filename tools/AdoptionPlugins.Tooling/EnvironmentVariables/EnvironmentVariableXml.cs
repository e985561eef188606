using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.EnvironmentVariables;

/// <summary>
/// Reads and writes <c>environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml</c> as BAK's exports hold
/// them: no XML declaration and no byte order mark, children in a fixed order, labels with a <c>default</c> attribute.
/// </summary>
public static class EnvironmentVariableXml
{
    public const string Folder = "environmentvariabledefinitions";

    public const string FileName = "environmentvariabledefinition.xml";

    /// <summary>The file an export adds beside a definition when the environment has a value; a shipped solution carries none.</summary>
    public const string ValuesFileName = "environmentvariablevalues.json";

    private const int English = 1033;

    private static readonly string[] Children =
        ["defaultvalue", "description", "displayname", "introducedversion", "iscustomizable", "isrequired", "secretstore", "type"];

    /// <summary>The definition's path relative to the solution folder.</summary>
    public static string RelativePathOf(string schemaName) => $"{Folder}/{schemaName}/{FileName}";

    /// <summary>Every definition under <paramref name="solutionFolder"/>, ordered by folder; no folder means none.</summary>
    public static ValueList<EnvironmentVariableDefinition> ReadSolution(string solutionFolder)
    {
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");
        }

        var root = Path.Combine(solutionFolder, Folder);
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root).Order(StringComparer.Ordinal).ToArray() : [];
        return folders.Select(folder => ReadFolder(solutionFolder, folder)).ToValueList();
    }

    public static EnvironmentVariableDefinition ReadFile(string path, string source) =>
        Read(LoadRoot(path, source, "environmentvariabledefinition"), source);

    public static EnvironmentVariableDefinition Read(XElement definition, string source)
    {
        ArgumentNullException.ThrowIfNull(definition);
        RequireOnlyKnownChildren(definition, Children, source);
        var typeText = RequiredText(definition, "type", source);
        var type = int.TryParse(typeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined((EnvironmentVariableType)code)
            ? (EnvironmentVariableType)code
            : throw Error(source, $"<type> is '{typeText}'; expected one of {string.Join(", ", Enum.GetValues<EnvironmentVariableType>().Select(value => $"{(int)value} ({value})"))}");
        var read = new EnvironmentVariableDefinition
        {
            SchemaName = RequiredAttribute(definition, "schemaname", source),
            DisplayName = DefaultLabel(definition, "displayname") ?? throw Error(source, "<displayname default=\"…\"> is missing; an admin sees the variable by this name"),
            Description = DefaultLabel(definition, "description") ?? "",
            Type = type,
            DefaultValue = Text(definition, "defaultvalue"),
            IsRequired = Flag(definition, "isrequired", source, fallback: false),
            IntroducedVersion = Text(definition, "introducedversion") ?? "1.0.0.0",
            IsCustomizable = Flag(definition, "iscustomizable", source, fallback: true),
        };
        return Problem(read) is { } problem ? throw Error(source, problem) : read;
    }

    /// <summary>The file's bytes; throws <see cref="ArgumentException"/> for a definition the platform would refuse.</summary>
    public static byte[] Write(EnvironmentVariableDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (Problem(definition) is { } problem)
        {
            throw new ArgumentException($"Environment variable {definition.SchemaName}: {problem}.", nameof(definition));
        }

        var root = new XElement(
            "environmentvariabledefinition",
            new XAttribute("schemaname", definition.SchemaName),
            definition.DefaultValue is null ? null : new XElement("defaultvalue", definition.DefaultValue),
            Label("description", definition.Description),
            Label("displayname", definition.DisplayName),
            new XElement("introducedversion", definition.IntroducedVersion),
            new XElement("iscustomizable", definition.IsCustomizable ? "1" : "0"),
            new XElement("isrequired", definition.IsRequired ? "1" : "0"),
            new XElement("secretstore", "0"),
            new XElement("type", ((int)definition.Type).ToString(CultureInfo.InvariantCulture)));
        return ExportXml.Serialize(new XDocument(root), byteOrderMark: false, declaration: false);
    }

    /// <summary>Writes each definition's file and returns the paths relative to the solution folder.</summary>
    public static IReadOnlyList<string> WriteTo(string solutionFolder, IEnumerable<EnvironmentVariableDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var written = new List<string>();
        foreach (var definition in definitions)
        {
            var relative = RelativePathOf(definition.SchemaName);
            var path = Path.Combine(solutionFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Write(definition));
            written.Add(relative);
        }

        return written;
    }

    /// <summary>What the platform would refuse about a definition, or null.</summary>
    public static string? Problem(EnvironmentVariableDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(definition.SchemaName) || definition.SchemaName.Any(char.IsWhiteSpace))
        {
            return $"the schema name '{definition.SchemaName}' is empty or has spaces";
        }

        if (string.IsNullOrWhiteSpace(definition.DisplayName))
        {
            return "the display name is empty";
        }

        return (definition.Type, definition.DefaultValue) switch
        {
            (_, null) => null,
            (EnvironmentVariableType.Boolean, not (EnvironmentVariableDefinition.Yes or EnvironmentVariableDefinition.No)) =>
                $"a Boolean default is '{EnvironmentVariableDefinition.Yes}' or '{EnvironmentVariableDefinition.No}', not '{definition.DefaultValue}'",
            (EnvironmentVariableType.Number, var text) when !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) =>
                $"a Number default must be a number, not '{text}'",
            _ => null,
        };
    }

    private static EnvironmentVariableDefinition ReadFolder(string solutionFolder, string folder)
    {
        var path = Path.Combine(folder, FileName);
        var source = RelativePath(solutionFolder, path);
        if (!File.Exists(path))
        {
            throw Error(source, $"the file is missing; every folder under {Folder} holds one definition");
        }

        var definition = ReadFile(path, source);
        var folderName = Path.GetFileName(folder);
        return string.Equals(folderName, definition.SchemaName, StringComparison.Ordinal)
            ? definition
            : throw Error(source, $"the folder is named {folderName} but the schema name is {definition.SchemaName}; name the folder {Folder}/{definition.SchemaName}");
    }

    private static XElement Label(string name, string text) =>
        new(name, new XAttribute("default", text), new XElement("label", new XAttribute("description", text), new XAttribute("languagecode", English)));
}
