using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The custom tables of an unpacked solution and their relationships: <c>Entities/*/Entity.xml</c> with their views,
/// <c>Other/Relationships/*.xml</c> and <c>Other/Relationships.xml</c>. This is the one reader the emulator, validate and the
/// approved-files test share.
/// </summary>
public sealed record SolutionTables
{
    public ValueList<TableDefinition> Tables { get; init; } = [];

    /// <summary>Every one-to-many relationship, in export order.</summary>
    public ValueList<RelationshipDefinition> Relationships { get; init; } = [];

    /// <summary>The tables and relationships of the designs, as the generator writes them.</summary>
    public static SolutionTables From(IEnumerable<TableDesign> designs)
    {
        ArgumentNullException.ThrowIfNull(designs);
        var list = designs.ToArray();
        return new SolutionTables
        {
            Tables = list.Select(design => design.ToTable()).OrderBy(table => table.SchemaName, StringComparer.Ordinal).ToValueList(),
            Relationships = RelationshipXml.ExportOrder(list.SelectMany(design => design.ToRelationships())).ToValueList(),
        };
    }

    /// <summary>
    /// Reads the tables under <paramref name="solutionFolder"/> (the folder holding <c>Other/</c>). A missing <c>Entities</c> or
    /// <c>Other/Relationships</c> folder means none. Throws <see cref="InvalidDataException"/> naming the file and the problem when a
    /// file is malformed, a folder is not named after its table, <c>Other/Relationships.xml</c> does not list exactly the
    /// relationships there are, or a custom lookup has no relationship naming its target.
    /// </summary>
    public static SolutionTables Read(string solutionFolder)
    {
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");
        }

        var tables = Folders(Path.Combine(solutionFolder, EntityXml.Folder))
            .Where(folder => File.Exists(Path.Combine(folder, "Entity.xml")))
            .Select(folder => ReadTable(solutionFolder, folder))
            .ToValueList();
        var relationships = RelationshipXml.ExportOrder(Files(Path.Combine(solutionFolder, RelationshipXml.Folder), "*.xml")
                .SelectMany(path => RelationshipXml.ReadFile(path, RelativePath(solutionFolder, path))))
            .ToValueList();
        var result = new SolutionTables { Tables = tables, Relationships = relationships };
        result.CheckRelationshipList(solutionFolder);
        result.CheckLookups();
        return result;
    }

    /// <summary>Writes every table, view and relationship file and returns their paths relative to the solution folder, in the order written.</summary>
    public IReadOnlyList<string> WriteTo(string solutionFolder)
    {
        var written = new List<string>();
        foreach (var table in Tables)
        {
            written.Add(ExportXml.WriteFile(solutionFolder, EntityXml.RelativePathOf(table.SchemaName), EntityXml.Write(table)));
            written.AddRange(table.Views.Select(view =>
                ExportXml.WriteFile(solutionFolder, SavedQueryXml.RelativePathOf(table.SchemaName, view.Id), SavedQueryXml.Write(view))));
        }

        foreach (var group in Relationships.GroupBy(relationship => relationship.ReferencedTable, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            written.Add(ExportXml.WriteFile(solutionFolder, RelationshipXml.RelativePathOf(group.Key), RelationshipXml.WriteFile(group)));
        }

        if (Relationships.Count > 0)
        {
            written.Add(ExportXml.WriteFile(solutionFolder, RelationshipXml.ListPath, RelationshipXml.WriteList(Relationships)));
        }

        return written;
    }

    public TableDefinition? FindTable(string logicalName) => Tables.FirstOrDefault(table => table.LogicalName == logicalName);

    /// <summary>The logical name of the table a lookup column points at, from its relationship; null when no relationship names one.</summary>
    public string? TargetOf(string tableLogicalName, string columnLogicalName) =>
        Relationships.FirstOrDefault(relationship =>
            relationship.ReferencingLogicalName == tableLogicalName && relationship.ReferencingColumnLogicalName == columnLogicalName)?.ReferencedLogicalName;

    private static TableDefinition ReadTable(string solutionFolder, string folder)
    {
        var path = Path.Combine(folder, "Entity.xml");
        var source = RelativePath(solutionFolder, path);
        var table = EntityXml.ReadFile(path, source);
        var folderName = Path.GetFileName(folder);
        if (!string.Equals(folderName, table.SchemaName, StringComparison.Ordinal))
        {
            throw Error(source, $"the folder is named {folderName} but the table is {table.SchemaName}; name the folder {EntityXml.Folder}/{table.SchemaName}");
        }

        return table with
        {
            Views = Files(Path.Combine(folder, SavedQueryXml.Folder), "*.xml")
                .Select(view => SavedQueryXml.ReadFile(view, RelativePath(solutionFolder, view)))
                .ToValueList(),
        };
    }

    private void CheckRelationshipList(string solutionFolder)
    {
        var listPath = Path.Combine(solutionFolder, RelationshipXml.ListPath);
        if (!File.Exists(listPath))
        {
            if (Relationships.Count > 0)
            {
                throw Error(RelationshipXml.ListPath, $"the file is missing but {RelationshipXml.Folder} holds {Relationships.Count} relationships; it lists every relationship by name");
            }

            return;
        }

        var listed = RelationshipXml.ReadList(listPath, RelationshipXml.ListPath).ToHashSet(StringComparer.Ordinal);
        var defined = Relationships.Select(relationship => relationship.SchemaName).ToHashSet(StringComparer.Ordinal);
        var unlisted = defined.Except(listed).Order(StringComparer.Ordinal).ToArray();
        var undefined = listed.Except(defined).Order(StringComparer.Ordinal).ToArray();
        if (unlisted.Length > 0 || undefined.Length > 0)
        {
            throw Error(
                RelationshipXml.ListPath,
                $"it must list exactly the relationships in {RelationshipXml.Folder}; not listed: [{string.Join(", ", unlisted)}], listed but not defined: [{string.Join(", ", undefined)}]");
        }
    }

    // A custom lookup column is not enough on its own: the relationship names its target (solution-format 3).
    private void CheckLookups()
    {
        foreach (var table in Tables)
        {
            foreach (var column in table.Columns.Where(column => column.Kind == ColumnKind.Lookup && column.IsCustomField))
            {
                var count = Relationships.Count(relationship =>
                    relationship.ReferencingLogicalName == table.LogicalName && relationship.ReferencingColumnLogicalName == column.LogicalName);
                if (count != 1)
                {
                    throw Error(
                        EntityXml.RelativePathOf(table.SchemaName),
                        $"lookup {column.SchemaName} has {count} relationships in {RelationshipXml.Folder}; it needs exactly one, naming the table it points at");
                }
            }
        }
    }

    private static string[] Folders(string path) =>
        Directory.Exists(path) ? Directory.GetDirectories(path).Order(StringComparer.Ordinal).ToArray() : [];

    private static string[] Files(string path, string pattern) =>
        Directory.Exists(path) ? Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).ToArray() : [];
}
