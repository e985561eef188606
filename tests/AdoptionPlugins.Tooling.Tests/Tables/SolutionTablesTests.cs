using System;
using System.IO;
using System.Linq;
using System.Text;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Reading the tables of a whole unpacked tree, and the cross-file rules the reader enforces.</summary>
public class SolutionTablesTests
{
    [Fact]
    public void WrittenSolution_ReadsBackEqual()
    {
        var tables = ATable.Solution();
        using var solution = new TemporarySolution();

        tables.WriteTo(solution.Path);

        TableAssert.Equal(tables, SolutionTables.Read(solution.Path));
    }

    [Fact]
    public void SolutionWithoutTables_HasNone()
    {
        using var solution = new TemporarySolution();
        solution.Write("Other/Solution.xml", "<ImportExportXml />");

        var tables = SolutionTables.Read(solution.Path);

        Assert.Equal(new SolutionTables(), tables);
    }

    [Fact]
    public void LookupTarget_ComesFromItsRelationship()
    {
        using var solution = new TemporarySolution();
        ATable.Solution().WriteTo(solution.Path);

        var target = SolutionTables.Read(solution.Path).TargetOf("pfx_sample", "pfx_userid");

        Assert.Equal("systemuser", target);
    }

    [Fact]
    public void LookupWithoutARelationship_FailsNamingTheColumn()
    {
        using var solution = new TemporarySolution();
        var tables = ATable.Solution();
        (tables with { Relationships = [.. tables.Relationships.Where(relationship => relationship.ReferencingColumn != "pfx_UserId")] }).WriteTo(solution.Path);

        var error = Assert.Throws<InvalidDataException>(() => SolutionTables.Read(solution.Path));

        Assert.Contains("lookup pfx_UserId has 0 relationships", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationshipListMissingARelationship_FailsNamingIt()
    {
        using var solution = new TemporarySolution();
        var tables = ATable.Solution();
        tables.WriteTo(solution.Path);
        File.WriteAllBytes(Path.Combine(solution.Path, RelationshipXml.ListPath), RelationshipXml.WriteList(tables.Relationships.Skip(1)));

        var error = Assert.Throws<InvalidDataException>(() => SolutionTables.Read(solution.Path));

        Assert.Contains($"not listed: [{tables.Relationships[0].SchemaName}]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableInAFolderNamedOtherwise_Fails()
    {
        using var solution = new TemporarySolution();
        var table = ATable.Table() with { Views = [] };
        solution.Write("Entities/pfx_Wrong/Entity.xml", Encoding.UTF8.GetString(EntityXml.Write(table)).TrimStart('\uFEFF'));

        var error = Assert.Throws<InvalidDataException>(() => SolutionTables.Read(solution.Path));

        Assert.Contains("the folder is named pfx_Wrong but the table is pfx_Sample", error.Message, StringComparison.Ordinal);
    }
}
