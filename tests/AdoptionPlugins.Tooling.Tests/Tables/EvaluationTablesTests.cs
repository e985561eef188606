using System;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>The evaluation tables say what DESIGN-evaluation.md decided: names, choice values, lookups, keys and day columns.</summary>
public class EvaluationTablesTests
{
    [Theory]
    [InlineData("adopt_adoptionsetting", "adopt_name adopt_value adopt_description adopt_snapshot")]
    [InlineData("adopt_nudge", "adopt_name adopt_recipientid adopt_kind adopt_day adopt_outcome adopt_reason adopt_channels adopt_body adopt_emailbody adopt_language adopt_messagekey adopt_emailid")]
    [InlineData("adopt_quickwin", "adopt_name adopt_kind adopt_day adopt_userid adopt_opportunityid adopt_activitycount adopt_body adopt_winkey")]
    public void Table_HasExactlyTheCustomColumnsOfTheDesign(string table, string columns)
    {
        var definition = ShippedTables.Definitions.FindTable(table)!;

        var custom = definition.Columns.Where(column => column.IsCustomField).Select(column => column.LogicalName);

        Assert.Equal(columns.Split(' ').Order(StringComparer.Ordinal), custom.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("adopt_nudge", "adopt_kind", "618370000 618370001 618370002 618370003 618370004")]
    [InlineData("adopt_nudge", "adopt_outcome", "618370000 618370001 618370002")]
    [InlineData("adopt_quickwin", "adopt_kind", "618370000 618370001 618370002 618370003")]
    [InlineData("adopt_adoptionprofile", "adopt_previousstate", "618370000 618370001 618370002 618370003 618370004 618370005")]
    public void Choice_HasTheDesignedValues(string table, string column, string values)
    {
        var definition = ShippedTables.Definitions.FindTable(table)!.FindColumn(column)!;

        Assert.Equal(values, string.Join(' ', definition.Options.Select(option => option.Value)));
    }

    [Theory]
    [InlineData("adopt_nudge", "adopt_recipientid", "systemuser")]
    [InlineData("adopt_nudge", "adopt_emailid", "email")]
    [InlineData("adopt_quickwin", "adopt_userid", "systemuser")]
    [InlineData("adopt_quickwin", "adopt_opportunityid", "opportunity")]
    public void Lookup_PointsAtItsTable(string table, string column, string target)
    {
        var pointsAt = ShippedTables.Definitions.TargetOf(table, column);

        Assert.Equal(target, pointsAt);
    }

    [Theory]
    [InlineData("adopt_nudge", "adopt_day")]
    [InlineData("adopt_quickwin", "adopt_day")]
    [InlineData("adopt_adoptionprofile", "adopt_windowstart")]
    [InlineData("adopt_adoptionprofile", "adopt_windowend")]
    public void DayColumn_IsDateOnly(string table, string column)
    {
        var definition = ShippedTables.Definitions.FindTable(table)!.FindColumn(column)!;

        Assert.Equal(DateBehavior.DateOnly, definition.Behavior);
    }

    [Fact]
    public void Settings_AreKeyedByTheSettingName()
    {
        var key = ShippedTables.Definitions.FindTable("adopt_adoptionsetting")!.Keys.Single();

        Assert.Equal(("adopt_settingname", "adopt_name"), (key.LogicalName, string.Join(' ', key.Columns)));
    }
}
