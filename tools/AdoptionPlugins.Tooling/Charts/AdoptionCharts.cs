using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Charts;

/// <summary>
/// The charts of the adoption dashboards. They count people and work, never name anyone, and like every aggregate they only
/// count rows the reader may read: a manager sees their own team, an administrator everyone (dataverse-facts 7.1); a sponsor
/// reads the daily totals, which exist only for groups at or above the minimum group size.
/// Weekly charts cover the last 56 days, which keeps even a large organization's activity days far below the 50,000 rows an
/// aggregate query may read (dataverse-facts 4.4).
/// </summary>
public static class AdoptionCharts
{
    public const string ActivityDay = "adopt_ActivityDay";
    public const string AdoptionProfile = "adopt_AdoptionProfile";
    public const string AdoptionSummary = "adopt_AdoptionSummary";

    private const string Window = "56";
    private const string Excluded = "618370005";
    private const string TierGroup = "618370001";

    /// <summary>The activity day counts the work mix shows, one series each; tracked emails are left out because sync logs them, not people.</summary>
    private static readonly string[] WorkCounts =
    [
        "adopt_taskcount", "adopt_phonecallcount", "adopt_meetingcount", "adopt_emailsentcount", "adopt_notecount",
        "adopt_opportunityworkedcount", "adopt_opportunitywoncount",
    ];

    /// <summary>How many people of each tier did some customer work in the CRM, week by week.</summary>
    public static ChartDefinition PeopleActiveByTier { get; } = new()
    {
        Id = ContentIds.For("chart/peopleactivebytier"),
        TableSchemaName = ActivityDay,
        Name = "People active each week, by tier",
        Description = "How many executives, managers and contributors logged customer work in the CRM each week, over the last eight weeks. Each person counts once per week.",
        DataDescription = Data(
            Fetch(
                "adopt_activityday",
                GroupBy("adopt_day", "week", dateGrouping: "week"),
                Aggregate("adopt_userid", "people", "countcolumn", distinct: true),
                Link("adopt_adoptionprofile", "adopt_userid", "profile", GroupBy("adopt_tier", "tier")),
                Order("week"),
                Filter(Condition("adopt_day", "last-x-days", Window), Condition("adopt_totalcount", "gt", "0"))),
            "week",
            ["people"]),
        PresentationDescription = ChartPresentation.Lines().ToString(SaveOptions.DisableFormatting),
    };

    /// <summary>The kinds of customer work logged, week by week, as stacked columns.</summary>
    public static ChartDefinition WorkByKind { get; } = new()
    {
        Id = ContentIds.For("chart/workbykind"),
        TableSchemaName = ActivityDay,
        Name = "Customer work by kind, each week",
        Description = "Tasks, calls, meetings, emails sent, notes and opportunity work logged in the CRM each week, over the last eight weeks.",
        DataDescription = Data(
            Fetch(
                "adopt_activityday",
                [GroupBy("adopt_day", "week", dateGrouping: "week"), .. WorkCounts.Select(column => Aggregate(column, column, "sum")), Order("week"), Filter(Condition("adopt_day", "last-x-days", Window))]),
            "week",
            WorkCounts),
        PresentationDescription = ChartPresentation.StackedColumns(WorkCounts.Length).ToString(SaveOptions.DisableFormatting),
    };

    /// <summary>Each manager's team by adoption state, from the latest evaluation.</summary>
    public static ChartDefinition StateByTeam { get; } = new()
    {
        Id = ContentIds.For("chart/statebyteam"),
        TableSchemaName = AdoptionProfile,
        Name = "Active and inactive, by team",
        Description = "How many people in each manager's team are new, active, slipping, inactive or on leave, from the latest daily evaluation. Counts only, no names.",
        DataDescription = Data(
            Fetch(
                "adopt_adoptionprofile",
                Aggregate("adopt_adoptionprofileid", "people", "count"),
                GroupBy("adopt_state", "state"),
                Link("systemuser", "systemuserid", "person", GroupBy("parentsystemuserid", "team")),
                Filter(Condition("statecode", "eq", "0"), Condition("adopt_state", "ne", Excluded))),
            "team",
            ["people"]),
        PresentationDescription = ChartPresentation.StackedColumns().ToString(SaveOptions.DisableFormatting),
    };

    /// <summary>
    /// Each tier's share of active people, day by day, from the summary rows the daily evaluation writes. A tier below the
    /// minimum group size in privacy mode has no rows, so it has no line; each tier has one row a day, so the average is its share.
    /// The day is grouped without a date grouping: dategrouping="day" is the day of the month, which would merge 2 March with
    /// 2 February (fetchxml attribute reference).
    /// </summary>
    public static ChartDefinition ActiveShareByTier { get; } = new()
    {
        Id = ContentIds.For("chart/activesharebytier"),
        TableSchemaName = AdoptionSummary,
        Name = "Active share by tier over time",
        Description = "The share of executives, managers and contributors using the CRM regularly, day by day over the last eight weeks, from the daily totals. Totals only, never a person.",
        DataDescription = Data(
            Fetch(
                "adopt_adoptionsummary",
                GroupBy("adopt_day", "day"),
                GroupBy("adopt_name", "tier"),
                Aggregate("adopt_activepercent", "share", "avg"),
                Order("day"),
                Filter(Condition("adopt_groupkind", "eq", TierGroup), Condition("adopt_day", "last-x-days", Window))),
            "day",
            ["share"]),
        PresentationDescription = ChartPresentation.Lines().ToString(SaveOptions.DisableFormatting),
    };

    /// <summary>Every chart, ordered by path as the files are.</summary>
    public static ValueList<ChartDefinition> All { get; } =
        [.. new[] { PeopleActiveByTier, WorkByKind, StateByTeam, ActiveShareByTier }.OrderBy(chart => ChartXml.RelativePathOf(chart.TableSchemaName, chart.Id), System.StringComparer.Ordinal)];

    // A data description as the designer writes one: the query, then the category (the first group) with one measure collection per series.
    private static string Data(XElement fetch, string category, string[] measures) =>
        new XElement(
            "datadefinition",
            new XElement("fetchcollection", fetch),
            new XElement(
                "categorycollection",
                new XElement(
                    "category",
                    new XAttribute("alias", category),
                    measures.Select(measure => new XElement("measurecollection", new XElement("measure", new XAttribute("alias", measure)))))))
            .ToString(SaveOptions.DisableFormatting);

    private static XElement Fetch(string table, params object[] content) =>
        new("fetch", new XAttribute("mapping", "logical"), new XAttribute("aggregate", "true"), new XElement("entity", new XAttribute("name", table), content));

    // Day groups of a date-only column never move between time zones; usertimezone is still set, as its default is undocumented (dataverse-facts 4.4).
    private static XElement GroupBy(string column, string alias, string? dateGrouping = null) =>
        new(
            "attribute",
            new XAttribute("name", column),
            new XAttribute("groupby", "true"),
            dateGrouping is null ? null : new XAttribute("dategrouping", dateGrouping),
            dateGrouping is null ? null : new XAttribute("usertimezone", "false"),
            new XAttribute("alias", alias));

    private static XElement Aggregate(string column, string alias, string function, bool distinct = false) =>
        new(
            "attribute",
            new XAttribute("name", column),
            new XAttribute("aggregate", function),
            distinct ? new XAttribute("distinct", "true") : null,
            new XAttribute("alias", alias));

    // Joins the row's user (adopt_userid) to the linked table's column that holds the same user.
    private static XElement Link(string table, string userColumn, string alias, XElement group) =>
        new(
            "link-entity",
            new XAttribute("name", table),
            new XAttribute("from", userColumn),
            new XAttribute("to", "adopt_userid"),
            new XAttribute("link-type", "inner"),
            new XAttribute("alias", alias),
            group);

    private static XElement Order(string alias) => new("order", new XAttribute("alias", alias), new XAttribute("descending", "false"));

    private static XElement Filter(params XElement[] conditions) => new("filter", new XAttribute("type", "and"), conditions);

    private static XElement Condition(string column, string @operator, string value) =>
        new("condition", new XAttribute("attribute", column), new XAttribute("operator", @operator), new XAttribute("value", value));
}
