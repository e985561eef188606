using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Folds an unpacked solution tree (solution-format 1) into its packed form (solution-format 2), as SolutionPackager's pack does:
/// tables, relationships, choices, roles, field security profiles, dashboards, apps, site maps, assemblies, steps and flows go into customizations.xml;
/// custom APIs, environment variables, flow definitions and the mapped plugin DLL become files of the zip.
/// </summary>
public static class SolutionFolder
{
    public const string ManifestFile = "Other/Solution.xml";
    public const string CustomizationsFile = "Other/Customizations.xml";

    private const string RelationshipsFolder = "Other/Relationships";

    /// <summary>
    /// Reads the tree under <paramref name="solutionFolder"/>. <paramref name="builtAssemblies"/> maps each plugin assembly's
    /// <c>FileName</c> (<c>/PluginAssemblies/…/X.dll</c>) to the built DLL's bytes; an assembly without one gets no DLL in the package.
    /// Throws <see cref="InvalidDataException"/> naming the file for malformed XML, a wrong root element or a file pack does not know.
    /// </summary>
    public static SolutionPackage Fold(string solutionFolder, SolutionFlavour flavour, IReadOnlyDictionary<string, byte[]> builtAssemblies)
    {
        ArgumentNullException.ThrowIfNull(builtAssemblies);
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");
        }

        var files = new TreeFiles(solutionFolder);
        var manifest = files.TakeDocument(ManifestFile);
        var customizations = files.TakeDocument(CustomizationsFile);
        var root = customizations.Root!;
        var parts = new List<PackagePart>();

        Add(root, "Entities", EntityFolding.FoldAll(files, flavour));
        Add(root, "EntityRelationships", files.In(RelationshipsFolder, ".xml")
            .SelectMany(path => TreeFiles.Detach(files.TakeRoot(path, "EntityRelationships"), "EntityRelationship")));
        if (files.Has("Other/Relationships.xml"))
        {
            // Only a list of the names the files above define; validate checks the two agree.
            files.Take("Other/Relationships.xml");
        }

        Add(root, "optionsets", RootsOf(files, files.In("OptionSets", ".xml"), "optionset"));
        Add(root, "Roles", RootsOf(files, files.In("Roles", ".xml"), "Role"));
        if (files.Has(FieldSecurityProfileXml.RelativePath))
        {
            Add(root, FieldSecurityProfileXml.RootName, TreeFiles.Detach(files.TakeRoot(FieldSecurityProfileXml.RelativePath, FieldSecurityProfileXml.RootName), "FieldSecurityProfile"));
        }

        Add(root, "Workflows", Workflows(files, parts));
        Add(root, "Dashboards", RootsOf(files, ManagedTwins.Choose(files, files.In("Dashboards", ".xml"), flavour), "Dashboard"));
        Add(root, "SolutionPluginAssemblies", Assemblies(files, builtAssemblies, parts));
        Add(root, "SdkMessageProcessingSteps", RootsOf(files, files.In(StepRegistrationXml.Folder, ".xml"), "SdkMessageProcessingStep"));
        Add(root, "AppModuleSiteMaps", PerFolder(files, "AppModuleSiteMaps", "AppModuleSiteMap", flavour));
        Add(root, "AppModules", PerFolder(files, "AppModules", "AppModule", flavour));
        parts.AddRange(files.Below(CustomApiXml.Folder).Select(path => files.TakePart(path, path)));
        parts.AddRange(EnvironmentVariables(files, flavour));

        if (files.Remaining.Count > 0)
        {
            throw new InvalidDataException(
                $"{string.Join(", ", files.Remaining)}: pack does not know where {(files.Remaining.Count == 1 ? "this file goes" : "these files go")} in a solution zip, "
                + "so it would leave them out; remove them or teach pack about them");
        }

        var package = new SolutionPackage(manifest, customizations, parts);
        package.Stamp(CurrentVersion(manifest), flavour);
        return package;
    }

    private static void Add(XElement root, string container, IEnumerable<XElement> elements)
    {
        var content = elements.ToArray();
        if (content.Length > 0)
        {
            CustomizationsLayout.Container(root, container).Add(content);
        }
    }

    private static XElement[] RootsOf(TreeFiles files, IEnumerable<string> paths, string rootName) =>
        paths.Select(path => files.TakeRoot(path, rootName)).ToArray();

    /// <summary><c>AppModules/&lt;unique&gt;/AppModule.xml</c> and <c>AppModuleSiteMaps/&lt;unique&gt;/AppModuleSiteMap.xml</c>, with their twins.</summary>
    private static XElement[] PerFolder(TreeFiles files, string folder, string rootName, SolutionFlavour flavour) =>
        files.FoldersIn(folder)
            .SelectMany(name => ManagedTwins.Choose(files, files.In($"{folder}/{name}", ".xml").Where(path => IsFileOf(path, rootName)), flavour))
            .Select(path => files.TakeRoot(path, rootName))
            .ToArray();

    private static bool IsFileOf(string path, string rootName)
    {
        var name = Path.GetFileName(path);
        return name == rootName + ".xml" || name == rootName + "_managed.xml";
    }

    /// <summary>Each <c>.data.xml</c> becomes a <c>&lt;Workflow&gt;</c>; the definition it names (<c>JsonFileName</c> or <c>XamlFileName</c>) a file of the zip.</summary>
    private static XElement[] Workflows(TreeFiles files, List<PackagePart> parts)
    {
        var workflows = RootsOf(files, files.In("Workflows", ".data.xml"), "Workflow");
        foreach (var workflow in workflows)
        {
            var definition = (workflow.Element("JsonFileName") ?? workflow.Element("XamlFileName"))?.Value;
            if (definition is null)
            {
                continue;
            }

            var path = definition.TrimStart('/');
            if (!files.Has(path))
            {
                throw new InvalidDataException($"{SourceFile.Of(workflow)}: the definition {definition} it names is not in the tree");
            }

            parts.Add(files.TakePart(path, path));
        }

        return workflows;
    }

    /// <summary>Each <c>.dll.data.xml</c> becomes a <c>&lt;PluginAssembly&gt;</c>; the built DLL is mapped in at its <c>FileName</c>, like map.xml does.</summary>
    private static XElement[] Assemblies(TreeFiles files, IReadOnlyDictionary<string, byte[]> builtAssemblies, List<PackagePart> parts)
    {
        var assemblies = files.FoldersIn(PluginAssemblyXml.Folder)
            .SelectMany(folder => files.In($"{PluginAssemblyXml.Folder}/{folder}", ".dll.data.xml"))
            .Select(path => files.TakeRoot(path, "PluginAssembly"))
            .ToArray();
        foreach (var assembly in assemblies)
        {
            var fileName = assembly.Element("FileName")?.Value;
            if (fileName != null && builtAssemblies.TryGetValue(fileName, out var dll))
            {
                parts.Add(new PackagePart(fileName.TrimStart('/'), dll));
            }
        }

        return assemblies;
    }

    /// <summary>Copied as they are; the managed flavour ships the definitions' defaults only, no current values (solution-format 3).</summary>
    private static List<PackagePart> EnvironmentVariables(TreeFiles files, SolutionFlavour flavour)
    {
        var parts = new List<PackagePart>();
        foreach (var path in files.Below("environmentvariabledefinitions"))
        {
            if (flavour == SolutionFlavour.Managed && Path.GetFileName(path) == "environmentvariablevalues.json")
            {
                files.Take(path);
                continue;
            }

            parts.Add(files.TakePart(path, path));
        }

        return parts;
    }

    private static Version CurrentVersion(XDocument manifest)
    {
        var text = manifest.Root?.Element("SolutionManifest")?.Element("Version")?.Value;
        return Version.TryParse(text, out var version)
            ? version
            : throw new InvalidDataException($"{ManifestFile}: <Version> is '{text}', which is not a version such as 1.0.0.0");
    }
}
