using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>The committed <c>solution/</c> table files are exactly what the generator writes from <see cref="CaptureTables"/>.</summary>
public class ShippedTablesTests
{
    private static string Committed => RepositoryFolders.InRepository("solution");

    [Fact]
    public void CommittedTableFiles_AreWhatTheGeneratorWrites()
    {
        ApprovedFiles.RegenerateIfAsked();
        using var generated = new TemporarySolution();
        Directory.CreateDirectory(Path.Combine(generated.Path, "Other"));
        File.Copy(Path.Combine(Committed, SolutionManifestTables.ManifestPath), Path.Combine(generated.Path, SolutionManifestTables.ManifestPath), overwrite: true);

        var paths = ShippedTables.WriteTo(generated.Path)
            .Concat(ApprovedFiles.FilesUnder(Committed, EntityXml.Folder, "Entity.xml"))
            .Concat(ApprovedFiles.FilesUnder(Committed, EntityXml.Folder, "*.xml").Where(path => path.Contains($"/{SavedQueryXml.Folder}/", StringComparison.Ordinal)))
            .Concat(ApprovedFiles.FilesUnder(Committed, RelationshipXml.Folder, "*.xml"));

        var difference = ApprovedFiles.FirstDifference(Committed, generated.Path, paths);

        Assert.True(difference is null, $"{difference}\nIf the change is intended, regenerate the files and review the diff:\n  {ApprovedFiles.RegenerateCommand}");
    }

    [Fact]
    public void CommittedSolution_ReadsBackAsTheDefinitions()
    {
        var read = SolutionTables.Read(Committed);

        TableAssert.Equal(ShippedTables.Definitions, read);
    }

    [Fact]
    public void Manifest_ListsEveryShippedTableAsARootComponent()
    {
        var listed = SolutionManifestTables.Read(Committed);

        Assert.Equal(ShippedTables.Definitions.Tables.Select(table => table.LogicalName).Order(StringComparer.Ordinal), listed);
    }
}
