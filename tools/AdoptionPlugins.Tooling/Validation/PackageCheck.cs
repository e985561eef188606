using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Checks the files of a solution zip against what customizations.xml names (solution-format 2): every file it names is in the zip,
/// every file in the zip is named or is a custom API or environment variable file, each has a content type, and the managed zip
/// ships no environment variable values.
/// </summary>
internal static class PackageCheck
{
    /// <summary>Folders whose files nothing in customizations.xml names: the zip holds them as they are (EDU CoreBusinessLogic).</summary>
    private static readonly string[] SelfStandingFolders = ["customapis/", "environmentvariabledefinitions/"];

    public static IEnumerable<ValidationProblem> Check(SolutionPackage package)
    {
        var root = package.Customizations.Root!;
        var named = FileReferences(root).ToArray();
        foreach (var (element, path) in named.Where(reference => package.Part(reference.Path) is null))
        {
            yield return ValidationProblem.At(element, $"names {path}, which is not in the zip");
        }

        var namedPaths = named.Select(reference => reference.Path.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
        foreach (var part in package.Parts.Where(part => !namedPaths.Contains(part.Path) && !SelfStandingFolders.Any(folder => part.Path.StartsWith(folder, StringComparison.Ordinal))))
        {
            yield return new ValidationProblem(part.Path, null, "nothing in customizations.xml names this file, so the import would ignore it");
        }

        if (package.ContentTypes is null)
        {
            yield return new ValidationProblem(ContentTypes.EntryName, null, "is missing; every solution zip has one at its root");
        }
        else
        {
            foreach (var part in package.Parts.Where(part => ContentTypes.TypeOf(package.ContentTypes, part.Path) is null))
            {
                yield return new ValidationProblem(ContentTypes.EntryName, null, $"gives {part.Path} no content type (no Default for its extension, no Override)");
            }
        }

        var managed = package.Manifest.Root?.Element("SolutionManifest")?.Element("Managed")?.Value == "1";
        foreach (var values in package.Parts.Where(part => managed && part.Path.EndsWith("/environmentvariablevalues.json", StringComparison.Ordinal)))
        {
            yield return new ValidationProblem(values.Path, null, "a managed zip ships environment variable defaults only; values belong to each environment");
        }
    }

    private static IEnumerable<(XElement Element, string Path)> FileReferences(XElement root) =>
        root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly").Elements("FileName")
            .Concat(root.Elements("WebResources").Elements("WebResource").Elements("FileName"))
            .Concat(root.Elements("Workflows").Elements("Workflow").Elements().Where(element => element.Name.LocalName is "JsonFileName" or "XamlFileName"))
            .Where(element => element.Value.Length > 0)
            .Select(element => (element, element.Value));
}
