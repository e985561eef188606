using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Metadata;

/// <summary>How the solution's table definitions become emulator metadata: types, lengths, behaviours, choices, keys, targets.</summary>
public sealed class SolutionMetadataTests
{
    private static readonly Lazy<MetadataCatalog> Catalog = new(() => MetadataCatalog.CreateFromSolution(RepositoryFolders.InRepository("solution")));

    [Fact]
    public void CatalogFromSolution_HasTheStandardTablesAndEveryShippedTable()
    {
        var names = Catalog.Value.Tables.Select(table => table.LogicalName).ToArray();

        Assert.Contains("systemuser", names);
        Assert.All(ShippedTables.Definitions.Tables, table => Assert.Contains(table.LogicalName, names));
    }

    [Theory]
    [InlineData("adopt_activitysignal", "adopt_sourcekey", ColumnType.String, 200)]
    [InlineData("adopt_activitysignal", "adopt_sourceid", ColumnType.String, 36)]
    [InlineData("adopt_adoptionprofile", "adopt_statereason", ColumnType.Memo, 4000)]
    public void TextColumn_KeepsItsTypeAndMaxLength(string table, string column, ColumnType type, int maxLength)
    {
        var metadata = Catalog.Value.GetTable(table).FindColumn(column)!;

        Assert.Equal((type, maxLength), (metadata.Type, metadata.MaxLength));
    }

    [Theory]
    [InlineData("adopt_activityday", "adopt_day", DateTimeBehavior.DateOnly)]
    [InlineData("adopt_leaveperiod", "adopt_enddate", DateTimeBehavior.DateOnly)]
    [InlineData("adopt_activitysignal", "adopt_occurredon", DateTimeBehavior.UserLocal)]
    public void DateColumn_KeepsItsBehaviour(string table, string column, DateTimeBehavior behavior)
    {
        var metadata = Catalog.Value.GetTable(table).FindColumn(column)!;

        Assert.Equal((ColumnType.DateTime, behavior), (metadata.Type, metadata.DateTimeBehavior));
    }

    [Fact]
    public void ChoiceColumn_AllowsExactlyTheDesignedValues()
    {
        var kind = Catalog.Value.GetTable("adopt_activitysignal").FindColumn("adopt_kind")!;

        Assert.Equal(Enumerable.Range(618370000, 9), kind.AllowedValues);
    }

    [Fact]
    public void UserLookup_TargetsSystemUserAndIsApplicationRequired()
    {
        var user = Catalog.Value.GetTable("adopt_leaveperiod").FindColumn("adopt_userid")!;

        Assert.Equal((ColumnType.Lookup, RequiredLevel.ApplicationRequired), (user.Type, user.RequiredLevel));
        Assert.Equal(["systemuser"], user.Targets);
    }

    [Fact]
    public void AlternateKeysAndOwnership_AreLoaded()
    {
        var day = Catalog.Value.GetTable("adopt_activityday");

        Assert.Equal((OwnershipType.UserOwned, "adopt_activitydayid", "adopt_name"), (day.Ownership, day.PrimaryIdColumn, day.PrimaryNameColumn));
        Assert.Equal(["adopt_userid", "adopt_day"], day.AlternateKeys.Single(key => key.Name == "adopt_userday").Columns);
    }

    [Fact]
    public void SystemStamps_AreReadOnlyAsExported()
    {
        var signal = Catalog.Value.GetTable("adopt_activitysignal");

        Assert.Equal((false, false), (signal.FindColumn("createdon")!.IsValidForCreate, signal.FindColumn("createdon")!.IsValidForUpdate));
        Assert.Equal(["systemuser"], signal.FindColumn("createdonbehalfby")!.Targets);
    }

    [Fact]
    public void GlobalChoice_IsRefusedRatherThanAcceptingAnyValue()
    {
        var solution = ShippedTables.Definitions;
        var tables = solution.Tables.Select(table => table with
        {
            Columns = [.. table.Columns.Select(column => column.LogicalName == "adopt_kind" ? column with { IsGlobalChoice = true, Options = [] } : column)],
        });

        var error = Assert.Throws<InvalidDataException>(() => SolutionMetadata.ToTables(solution with { Tables = [.. tables] }));

        Assert.Contains("column adopt_Kind uses the global choice", error.Message, StringComparison.Ordinal);
    }
}
