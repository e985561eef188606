using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Views;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Views;

/// <summary>The manager and personal views name only columns and choice values their table has, and ship with their tables.</summary>
public class AdoptionViewsTests
{
    [Fact]
    public void EveryCellAndCondition_NamesAColumnOfItsTable()
    {
        var missing = AdoptionViews.All.SelectMany(view => view.Cells.Select(cell => cell.Name).Concat(view.Conditions.Select(condition => condition.Column))
                .Where(column => TableOf(view).FindColumn(column) is null)
                .Select(column => $"{view.Name}: {column}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryChoiceValue_IsAnOptionOfItsColumn()
    {
        var unknown = AdoptionViews.All.SelectMany(view => view.Conditions
            .Where(condition => TableOf(view).FindColumn(condition.Column)?.Kind == ColumnKind.Choice)
            .SelectMany(condition => condition.Values.Where(value => !TableOf(view).FindColumn(condition.Column)!.Options.Any(option => option.Value.ToString(CultureInfo.InvariantCulture) == value))
                .Select(value => $"{view.Name}: {condition.Column} {value}")));

        Assert.Empty(unknown);
    }

    [Fact]
    public void EveryView_ShipsWithItsTable()
    {
        var shipped = ShippedTables.Definitions.Tables.SelectMany(table => table.Views).Select(view => view.Id).ToHashSet();

        Assert.All(AdoptionViews.All, view => Assert.Contains(view.ToDefinition().Id, shipped));
    }

    [Fact]
    public void ViewFetch_ShowsActiveRowsWithIdNameAndEveryCell()
    {
        var view = AdoptionViews.MyActivityDays.ToDefinition();

        var fetch = XElement.Parse(view.FetchXml);

        Assert.Equal(
            ["adopt_activitydayid", "adopt_name", .. AdoptionViews.MyActivityDays.Cells.Select(cell => cell.Name)],
            fetch.Descendants("attribute").Select(attribute => attribute.Attribute("name")!.Value));
        Assert.Equal("statecode eq 0", fetch.Descendants("condition").Select(condition => $"{condition.Attribute("attribute")!.Value} {condition.Attribute("operator")!.Value} {condition.Attribute("value")?.Value}").First());
    }

    private static TableDefinition TableOf(PublicView view) =>
        ShippedTables.Definitions.FindTable(view.Table) ?? throw new InvalidOperationException($"{view.Name}: no shipped table {view.Table}");
}
