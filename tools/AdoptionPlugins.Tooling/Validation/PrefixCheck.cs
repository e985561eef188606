using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Prefix hygiene: everything the solution defines carries its publisher's prefix, and the default publisher's <c>new_</c> (what a
/// component made in the maker portal outside the solution gets) appears nowhere, because a prefix can never be changed later.
/// </summary>
internal static partial class PrefixCheck
{
    public static IEnumerable<ValidationProblem> Check(SolutionIndex index)
    {
        var problems = new List<ValidationProblem>();
        foreach (var (element, kind, name) in Definitions(index).Where(definition => !index.IsOurs(definition.Name)))
        {
            problems.Add(ValidationProblem.At(element, $"the {kind} {name} does not start with the publisher prefix {index.Prefix}_; everything the solution defines carries it"));
        }

        problems.AddRange(PartDefinitions(index));
        problems.AddRange(Leaks(index.Package.Customizations).Concat(Leaks(index.Package.Manifest)));
        foreach (var part in index.Package.Parts.Where(part => part.Path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                problems.AddRange(Leaks(Load(part)));
            }
            catch (InvalidDataException exception)
            {
                problems.Add(new ValidationProblem(part.Path, null, exception.Message[(part.Path.Length + 2)..]));
            }
        }

        return problems;
    }

    /// <summary>What customizations.xml defines: tables with a prefix, custom columns, relationships of custom lookups, choices, apps …</summary>
    private static IEnumerable<(XElement Element, string Kind, string? Name)> Definitions(SolutionIndex index)
    {
        // Platform tables (account, systemuser) have no prefix; a table name with one is a custom table.
        foreach (var table in index.Tables.Values.Where(table => table.Name.Contains('_', StringComparison.Ordinal)))
        {
            yield return (table.Element, "table", table.Name);
        }

        foreach (var table in index.Tables.Values)
        {
            foreach (var column in table.Columns.Values.Where(column => column.IsCustom))
            {
                yield return (column.Element, $"column of {table.Name}", column.Name);
            }
        }

        foreach (var relationship in index.Relationships.Where(relationship => IsCustomLookup(index, relationship)))
        {
            yield return (relationship, "relationship", (string?)relationship.Attribute("Name"));
        }

        var root = index.Root;
        foreach (var choice in root.Elements("optionsets").Elements("optionset"))
        {
            yield return (choice, "global choice", (string?)choice.Attribute("Name"));
        }

        foreach (var resource in root.Elements("WebResources").Elements("WebResource"))
        {
            yield return (resource, "web resource", resource.Element("Name")?.Value);
        }

        foreach (var app in index.Apps)
        {
            yield return (app, "app", app.Element("UniqueName")?.Value);
        }

        foreach (var siteMap in index.SiteMaps)
        {
            yield return (siteMap, "site map", siteMap.Element("SiteMapUniqueName")?.Value);
        }

        foreach (var reference in root.Elements("connectionreferences").Elements("connectionreference"))
        {
            yield return (reference, "connection reference", (string?)reference.Attribute("connectionreferencelogicalname"));
        }
    }

    /// <summary>Custom APIs and environment variables are files of the zip, named after their unique names.</summary>
    private static IEnumerable<ValidationProblem> PartDefinitions(SolutionIndex index) =>
        index.Package.Parts
            .Select(part => part.Path.Split('/'))
            .Where(path => path.Length > 2 && path[0] is "customapis" or "environmentvariabledefinitions")
            .Select(path => (Folder: $"{path[0]}/{path[1]}", Kind: path[0] == "customapis" ? "custom API" : "environment variable", Name: path[1]))
            .Distinct()
            .Where(definition => !index.IsOurs(definition.Name))
            .Select(definition => new ValidationProblem(
                definition.Folder, null, $"the {definition.Kind} {definition.Name} does not start with the publisher prefix {index.Prefix}_; everything the solution defines carries it"));

    private static bool IsCustomLookup(SolutionIndex index, XElement relationship)
    {
        var referencing = relationship.Element("ReferencingEntityName")?.Value;
        var column = relationship.Element("ReferencingAttributeName")?.Value;
        return referencing != null && column != null && index.Tables.TryGetValue(referencing, out var table)
            && table.Columns.TryGetValue(column, out var lookup) && lookup.IsCustom;
    }

    /// <summary>Each element or attribute whose text holds a <c>new_</c> name, once.</summary>
    private static IEnumerable<ValidationProblem> Leaks(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            var texts = element.Attributes().Select(attribute => (Node: (XObject)attribute, attribute.Value))
                .Concat(element.Nodes().OfType<XText>().Select(text => (Node: (XObject)text, text.Value)));
            foreach (var (node, value) in texts)
            {
                var leak = DefaultPublisherName().Match(value);
                if (leak.Success)
                {
                    yield return ValidationProblem.At(
                        node, $"{leak.Value} carries new_, the default publisher's prefix: it was made outside this solution's publisher; recreate it with the solution's prefix");
                }
            }
        }
    }

    private static XDocument Load(PackagePart part)
    {
        using var stream = new MemoryStream(part.Content);
        return PackageXml.Load(stream, part.Path);
    }

    [GeneratedRegex("(?<![A-Za-z0-9_])new_[A-Za-z0-9_]+")]
    private static partial Regex DefaultPublisherName();
}
