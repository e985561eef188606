using System;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>The capture tables say what DESIGN-capture.md decided: names, types, choice values, keys and owners.</summary>
public class CaptureTablesTests
{
    [Theory]
    [InlineData("adopt_activitysignal", "adopt_name adopt_userid adopt_kind adopt_event adopt_occurredon adopt_sourcetable adopt_sourceid adopt_sourcekey adopt_onbehalfofid adopt_creditreason")]
    [InlineData("adopt_activityday", "adopt_name adopt_userid adopt_day adopt_taskcount adopt_phonecallcount adopt_meetingcount adopt_emailsentcount adopt_emailtrackedcount adopt_notecount adopt_opportunitycreatedcount adopt_opportunityworkedcount adopt_opportunitywoncount adopt_completedcount adopt_loggedonbehalfcount adopt_totalcount adopt_firstactivityon adopt_lastactivityon")]
    [InlineData("adopt_adoptionprofile", "adopt_name adopt_userid adopt_tier adopt_tiersource adopt_firstseenon adopt_firstactivityon adopt_lastactivityon adopt_isoptedout adopt_isvip adopt_state adopt_statesince adopt_statereason adopt_reasonhasfigures adopt_evaluatedon adopt_previousstate adopt_windowstart adopt_windowend adopt_workingdays adopt_activedays adopt_sharepercent adopt_workpattern adopt_erasedon")]
    [InlineData("adopt_leaveperiod", "adopt_name adopt_userid adopt_startdate adopt_enddate")]
    public void Table_HasExactlyTheCustomColumnsOfTheDesign(string table, string columns)
    {
        var definition = ShippedTables.Definitions.FindTable(table)!;

        var custom = definition.Columns.Where(column => column.IsCustomField).Select(column => column.LogicalName);

        Assert.Equal(columns.Split(' ').Order(StringComparer.Ordinal), custom.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryChoiceValue_StartsWithThePublisherPrefix()
    {
        var values = ShippedTables.Definitions.Tables.SelectMany(table => table.Columns)
            .Where(column => column.Kind == ColumnKind.Choice)
            .SelectMany(column => column.Options.Select(option => option.Value));

        Assert.All(values, value => Assert.InRange(value, 618370000, 618379999));
    }

    [Theory]
    [InlineData("adopt_activityday", "adopt_day")]
    [InlineData("adopt_adoptionprofile", "adopt_firstseenon")]
    [InlineData("adopt_adoptionprofile", "adopt_statesince")]
    [InlineData("adopt_adoptionprofile", "adopt_erasedon")]
    [InlineData("adopt_leaveperiod", "adopt_startdate")]
    [InlineData("adopt_leaveperiod", "adopt_enddate")]
    public void DayColumn_IsDateOnlyAndLocked(string table, string column)
    {
        var definition = ShippedTables.Definitions.FindTable(table)!.FindColumn(column)!;

        Assert.Equal((DateBehavior.DateOnly, false), (definition.Behavior, definition.CanChangeDateTimeBehavior));
    }

    [Fact]
    public void EveryCustomLookup_PointsAtSystemUser()
    {
        var captureTables = CaptureTables.All.Select(design => design.LogicalName).ToHashSet(StringComparer.Ordinal);
        var lookups = ShippedTables.Definitions.Tables.Where(table => captureTables.Contains(table.LogicalName)).SelectMany(table =>
            table.Columns.Where(column => column.Kind == ColumnKind.Lookup && column.IsCustomField).Select(column => (table.LogicalName, column.LogicalName)));

        Assert.All(lookups, lookup => Assert.Equal("systemuser", ShippedTables.Definitions.TargetOf(lookup.Item1, lookup.Item2)));
    }

    [Theory]
    [InlineData("adopt_activityday", "adopt_userday", "adopt_userid adopt_day")]
    [InlineData("adopt_adoptionprofile", "adopt_user", "adopt_userid")]
    public void AlternateKey_IsOnTheDesignedColumns(string table, string key, string columns)
    {
        var definition = ShippedTables.Definitions.FindTable(table)!.Keys.Single();

        Assert.Equal((key, columns), (definition.LogicalName, string.Join(' ', definition.Columns)));
    }

    [Fact]
    public void EveryTable_IsUserOwnedWithAPrimaryName()
    {
        var tables = ShippedTables.Definitions.Tables;

        Assert.All(tables, table => Assert.Equal((TableOwnership.UserOwned, "adopt_name"), (table.Ownership, table.PrimaryNameColumn)));
    }
}
