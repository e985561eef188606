using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// In a tree, <c>Other/Relationships.xml</c> lists by name the relationships <c>Other/Relationships/*.xml</c> define (solution-format 1);
/// pack folds the definitions, so a name listed without one, or one defined but not listed, is a tree out of step with itself.
/// </summary>
internal static class RelationshipListCheck
{
    private const string ListFile = "Other/Relationships.xml";

    public static IEnumerable<ValidationProblem> Check(string solutionFolder, SolutionIndex index)
    {
        var path = Path.Combine(solutionFolder, "Other", "Relationships.xml");
        ValidationProblem? problem = null;
        if (!File.Exists(path))
        {
            yield break;
        }

        XElement[] listed;
        try
        {
            listed = [.. PackageXml.LoadFile(path, ListFile).Root!.Elements("EntityRelationship")];
        }
        catch (InvalidDataException malformed)
        {
            listed = [];
            problem = new ValidationProblem(ListFile, null, malformed.Message[(ListFile.Length + 2)..]);
        }

        if (problem != null)
        {
            yield return problem;
        }

        var defined = index.Relationships.Select(relationship => (string?)relationship.Attribute("Name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var entry in listed.Where(entry => !defined.Contains((string?)entry.Attribute("Name") ?? string.Empty)))
        {
            yield return ValidationProblem.At(entry, $"lists the relationship {(string?)entry.Attribute("Name")}, which no file in Other/Relationships defines");
        }

        var names = listed.Select(entry => (string?)entry.Attribute("Name")).ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in index.Relationships.Where(relationship => !names.Contains((string?)relationship.Attribute("Name"))))
        {
            yield return ValidationProblem.At(relationship, $"defines the relationship {(string?)relationship.Attribute("Name")}, which {ListFile} does not list");
        }
    }
}
