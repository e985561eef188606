using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using AdoptionPlugins.Tooling.Tests.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Content;

/// <summary>The committed roles, environment variables, charts, forms, dashboard and app are exactly what <see cref="ShippedContent"/> writes.</summary>
public class ShippedContentTests
{
    private static string Committed => RepositoryFolders.InRepository("solution");

    [Fact]
    public void CommittedContentFiles_AreWhatTheGeneratorWrites()
    {
        ApprovedFiles.RegenerateIfAsked();
        using var generated = new TemporarySolution();
        Directory.CreateDirectory(Path.Combine(generated.Path, "Other"));
        File.Copy(Path.Combine(Committed, SolutionManifestTables.ManifestPath), Path.Combine(generated.Path, SolutionManifestTables.ManifestPath));

        var paths = ShippedContent.WriteTo(generated.Path)
            .Concat(ShippedContent.OwnedFolders.SelectMany(folder => ApprovedFiles.FilesUnder(Committed, folder, "*")));
        var difference = ApprovedFiles.FirstDifference(Committed, generated.Path, paths);

        Assert.True(difference is null, $"{difference}\nIf the change is intended, regenerate the files and review the diff:\n  {ApprovedFiles.RegenerateCommand}");
    }

    [Fact]
    public void Manifest_ListsEveryContentRootComponentOnce()
    {
        ApprovedFiles.RegenerateIfAsked();

        var listed = SolutionManifestComponents.Read(Committed).Where(component => ShippedContent.OwnedComponentTypes.Contains(component.Type));

        Assert.Equal(ShippedContent.RootComponents.OrderBy(component => component.ToString(), StringComparer.Ordinal), listed.OrderBy(component => component.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void WritingIntoAFolderWithoutAManifest_FailsNamingIt()
    {
        using var empty = new TemporarySolution();

        var error = Assert.Throws<FileNotFoundException>(() => ShippedContent.WriteTo(empty.Path));

        Assert.Contains("No Other/Solution.xml under", error.Message, StringComparison.Ordinal);
    }
}
