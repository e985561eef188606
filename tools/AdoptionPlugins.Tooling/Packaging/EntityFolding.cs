using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Folds <c>Entities/&lt;SchemaName&gt;/</c> into one packed <c>&lt;Entity&gt;</c> (solution-format 1 and 3): forms, views, charts and the
/// ribbon go into the placeholders <c>Entity.xml</c> leaves for them, forms grouped under <c>&lt;forms type="main|quick|card…"&gt;</c>
/// and every view under one <c>&lt;savedqueries&gt;</c>, as the packed EDU samples show.
/// </summary>
internal static class EntityFolding
{
    public const string Folder = "Entities";

    /// <summary>The placeholders in the order the samples write them, for a placeholder <c>Entity.xml</c> lacks.</summary>
    private static readonly string[] PlaceholderOrder = ["Name", "EntityInfo", "FormXml", "SavedQueries", "Visualizations", "RibbonDiffXml"];

    /// <summary>Every table folder, in case-insensitive name order (the packed samples list tables by logical name).</summary>
    public static IEnumerable<XElement> FoldAll(TreeFiles files, SolutionFlavour flavour) =>
        files.FoldersIn(Folder).Order(StringComparer.OrdinalIgnoreCase).Select(table => Fold(files, $"{Folder}/{table}", flavour)).ToArray();

    private static XElement Fold(TreeFiles files, string folder, SolutionFlavour flavour)
    {
        var entityFile = $"{folder}/Entity.xml";
        if (!files.Has(entityFile))
        {
            throw new InvalidDataException($"{folder}: a table folder needs an Entity.xml");
        }

        var entity = files.TakeRoot(entityFile, "Entity");
        Fill(entity, "FormXml", Forms(files, folder, flavour));
        Fill(entity, "SavedQueries", Views(files, folder));
        Fill(entity, "Visualizations", files.In($"{folder}/Visualizations", ".xml").Select(path => files.TakeRoot(path, "visualization")).ToArray());
        var ribbon = $"{folder}/RibbonDiff.xml";
        if (files.Has(ribbon))
        {
            var diff = files.TakeRoot(ribbon, "RibbonDiffXml");
            var placeholder = entity.Element("RibbonDiffXml");
            if (placeholder is null)
            {
                entity.Add(diff);
            }
            else
            {
                placeholder.ReplaceWith(diff);
            }
        }

        return entity;
    }

    private static XElement[] Forms(TreeFiles files, string folder, SolutionFlavour flavour)
    {
        var formsFolder = $"{folder}/FormXml";
        return files.FoldersIn(formsFolder)
            .Select(type => new XElement(
                "forms",
                new XAttribute("type", type),
                ManagedTwins.Choose(files, files.In($"{formsFolder}/{type}", ".xml"), flavour)
                    .SelectMany(path => TreeFiles.Detach(files.TakeRoot(path, "forms"), "systemform"))))
            .ToArray();
    }

    private static XElement[] Views(TreeFiles files, string folder)
    {
        var views = files.In($"{folder}/SavedQueries", ".xml")
            .SelectMany(path => TreeFiles.Detach(files.TakeRoot(path, "savedqueries"), "savedquery"))
            .ToArray();
        return views.Length == 0 ? [] : [new XElement("savedqueries", views)];
    }

    /// <summary>Puts <paramref name="content"/> into the placeholder <paramref name="name"/>, adding the placeholder in its place if missing.</summary>
    private static void Fill(XElement entity, string name, XElement[] content)
    {
        if (content.Length == 0)
        {
            return;
        }

        var placeholder = entity.Element(name);
        if (placeholder is null)
        {
            placeholder = new XElement(name);
            var rank = Array.IndexOf(PlaceholderOrder, name);
            var next = entity.Elements().FirstOrDefault(element => Array.IndexOf(PlaceholderOrder, element.Name.LocalName) > rank);
            if (next is null)
            {
                entity.Add(placeholder);
            }
            else
            {
                next.AddBeforeSelf(placeholder);
            }
        }
        else if (placeholder.HasElements)
        {
            throw new InvalidDataException(
                $"{SourceFile.Of(entity)}: <{name}> already has content, but an unpacked table keeps it in its own files; move it out so it is not packed twice");
        }

        placeholder.Add(content);
    }
}
