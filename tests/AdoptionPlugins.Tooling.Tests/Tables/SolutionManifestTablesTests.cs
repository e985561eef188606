using System.IO;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>The table entries of Solution.xml: written first and sorted, other root components and the file's form kept.</summary>
public class SolutionManifestTablesTests
{
    private const string Manifest = """
        <?xml version="1.0" encoding="utf-8"?>
        <ImportExportXml version="9.2.24053.198" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <SolutionManifest>
            <UniqueName>Sample</UniqueName>
            <EMailAddress xsi:nil="true"></EMailAddress>
            <RootComponents>
              <RootComponent type="1" schemaName="pfx_gone" behavior="0" />
              <RootComponent type="91" id="{fc02885b-ef53-4362-8449-0eb587855e3e}" schemaName="Plugins, Version=1.0.0.0" behavior="0" />
            </RootComponents>
            <MissingDependencies />
          </SolutionManifest>
        </ImportExportXml>

        """;

    [Fact]
    public void Tables_ReplaceTheOldTableEntriesAndKeepTheOthers()
    {
        using var solution = new TemporarySolution();
        solution.Write(SolutionManifestTables.ManifestPath, Manifest);

        SolutionManifestTables.Write(solution.Path, ["pfx_b", "pfx_a"]);

        var text = File.ReadAllText(Path.Combine(solution.Path, SolutionManifestTables.ManifestPath));
        Assert.Equal(["pfx_a", "pfx_b"], SolutionManifestTables.Read(solution.Path));
        Assert.Contains("<RootComponent type=\"91\" id=\"{fc02885b-ef53-4362-8449-0eb587855e3e}\"", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestAlreadyListingTheTables_IsLeftByteForByte()
    {
        using var solution = new TemporarySolution();
        solution.Write(SolutionManifestTables.ManifestPath, Manifest);
        var path = Path.Combine(solution.Path, SolutionManifestTables.ManifestPath);
        var before = File.ReadAllBytes(path);

        SolutionManifestTables.Write(solution.Path, ["pfx_gone"]);

        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
