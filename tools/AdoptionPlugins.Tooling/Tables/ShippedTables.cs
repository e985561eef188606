using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The tables the solution ships and the generator that writes them into <c>solution/</c>: Entity.xml and views per table,
/// the relationship files, and the table entries of <c>Other/Solution.xml</c>. The approved-files test and the CLI call <see cref="WriteTo"/>.
/// </summary>
public static class ShippedTables
{
    public static SolutionTables Definitions { get; } = SolutionTables.From(CaptureTables.All.Concat(EvaluationTables.All));

    /// <summary>
    /// Writes every generated file under <paramref name="solutionFolder"/>, which must hold <c>Other/Solution.xml</c>, and returns the
    /// paths written relative to it. View files the definitions no longer have are deleted from the shipped tables' folders.
    /// </summary>
    public static IReadOnlyList<string> WriteTo(string solutionFolder)
    {
        if (!File.Exists(Path.Combine(solutionFolder, SolutionManifestTables.ManifestPath)))
        {
            throw new FileNotFoundException($"No {SolutionManifestTables.ManifestPath} under {solutionFolder}; generate into an unpacked solution folder.");
        }

        foreach (var table in Definitions.Tables)
        {
            var views = Path.Combine(solutionFolder, EntityXml.Folder, table.SchemaName, SavedQueryXml.Folder);
            if (Directory.Exists(views))
            {
                Array.ForEach(Directory.GetFiles(views, "*.xml"), File.Delete);
            }
        }

        var written = Definitions.WriteTo(solutionFolder).ToList();
        SolutionManifestTables.Write(solutionFolder, Definitions.Tables.Select(table => table.LogicalName));
        written.Add(SolutionManifestTables.ManifestPath);
        return written;
    }
}
