using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Charts;

/// <summary>
/// The <c>&lt;Chart&gt;</c> presentation descriptions of our charts, in the style of the chart designer's own (MED charts and
/// Microsoft's sample charts): the designer's palette, label fonts and axes, one <c>&lt;Series&gt;</c> per measure collection.
/// </summary>
public static class ChartPresentation
{
    private const string Palette =
        "91,151,213; 237,125,49; 160,116,166; 255,192,0; 68,114,196; 112,173,71; 37,94,145; 158,72,14; 117,55,125; 153,115,0; 38,68,120; 67,104,43";

    /// <summary>Lines over time, one per value of the second group (a comparison chart).</summary>
    public static XElement Lines() => Chart(Series("Line", showValues: false, ("BorderWidth", "3"), ("MarkerStyle", "Circle"), ("MarkerSize", "7")));

    /// <summary>Stacked columns: one column per category, split by the second group or by each of <paramref name="measures"/>.</summary>
    public static XElement StackedColumns(int measures = 1) =>
        Chart(Enumerable.Range(0, measures).Select(_ => Series("StackedColumn", showValues: false, ("CustomProperties", "PointWidth=0.75, MaxPixelPointWidth=40"))).ToArray());

    private static XElement Chart(params XElement[] series) =>
        new(
            "Chart",
            new XAttribute("Palette", "None"),
            new XAttribute("PaletteCustomColors", Palette),
            new XElement("Series", series),
            new XElement(
                "ChartAreas",
                new XElement(
                    "ChartArea",
                    new XAttribute("BorderColor", "White"),
                    new XAttribute("BorderDashStyle", "Solid"),
                    Axis("AxisY", new XElement("MajorGrid", new XAttribute("LineColor", "239, 242, 246"))),
                    Axis("AxisX", new XElement("MajorGrid", new XAttribute("LineColor", "Transparent"))))),
            new XElement(
                "Legends",
                new XElement(
                    "Legend",
                    new XAttribute("Alignment", "Center"),
                    new XAttribute("LegendStyle", "Table"),
                    new XAttribute("Docking", "Bottom"),
                    new XAttribute("IsEquallySpacedItems", "True"),
                    new XAttribute("Font", "{0}, 11px"),
                    new XAttribute("ShadowColor", "0, 0, 0, 0"),
                    new XAttribute("ForeColor", "59, 59, 59"))),
            new XElement(
                "Titles",
                new XElement("Title", new XAttribute("Alignment", "TopLeft"), new XAttribute("DockingOffset", "-3"), new XAttribute("Font", "{0}, 13px"), new XAttribute("ForeColor", "59, 59, 59"))));

    private static XElement Series(string chartType, bool showValues, params (string Name, string Value)[] extra) =>
        new(
            "Series",
            new XAttribute("ChartType", chartType),
            new XAttribute("IsValueShownAsLabel", showValues ? "True" : "False"),
            new XAttribute("Font", "{0}, 9.5px"),
            new XAttribute("LabelForeColor", "59, 59, 59"),
            extra.Select(attribute => new XAttribute(attribute.Name, attribute.Value)),
            new XElement("SmartLabelStyle", new XAttribute("Enabled", "True")));

    private static XElement Axis(string name, XElement grid) =>
        new(
            name,
            new XAttribute("LabelAutoFitMinFontSize", "8"),
            new XAttribute("TitleForeColor", "59, 59, 59"),
            new XAttribute("TitleFont", "{0}, 10.5px"),
            new XAttribute("LineColor", "165, 172, 181"),
            new XAttribute("IntervalAutoMode", "VariableCount"),
            grid,
            new XElement("MajorTickMark", new XAttribute("LineColor", "165, 172, 181")),
            new XElement("LabelStyle", new XAttribute("Font", "{0}, 10.5px"), new XAttribute("ForeColor", "59, 59, 59")));
}
