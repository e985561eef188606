using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// Draws the report's charts as inline SVG, so the page needs no script, font or network: a line chart of percentages over days,
/// stacked horizontal bars, and plain horizontal bars. Every chart has a title and a legend a screen reader can read.
/// </summary>
public static class SvgCharts
{
    private const int Width = 760;
    private const int LabelWidth = 230;
    private const int BarHeight = 22;
    private const int Gap = 8;

    /// <summary>Percent values over the x axis, with a label under every <paramref name="labelEvery"/>-th point.</summary>
    public static string Lines(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series, int labelEvery = 7)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        const int height = 262;
        const int left = 48;
        const int top = 16;
        const int plotWidth = Width - left - 20;
        const int plotHeight = 200;
        var svg = Open(title, Width, height);
        foreach (var percent in new[] { 0, 25, 50, 75, 100 })
        {
            var y = top + plotHeight - (percent * plotHeight / 100.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\">{percent}%</text>");
        }

        double X(int index) => left + (xLabels.Count <= 1 ? 0 : index * plotWidth / (double)(xLabels.Count - 1));
        for (var index = 0; index < xLabels.Count; index += labelEvery)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(index):0.#}\" y=\"{top + plotHeight + 16}\" text-anchor=\"middle\" font-size=\"11\">{Escape(xLabels[index])}</text>");
        }

        foreach (var line in series)
        {
            var points = line.Values.Select((value, index) => (value, index)).Where(point => point.value is not null)
                .Select(point => string.Create(CultureInfo.InvariantCulture, $"{X(point.index):0.#},{top + plotHeight - (point.value!.Value * plotHeight / 100):0.#}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{line.Colour}\" stroke-width=\"2.5\" points=\"{string.Join(' ', points)}\"><title>{Escape(line.Name)}</title></polyline>");
        }

        Legend(svg, series.Select(line => (line.Name, line.Colour)), height - 8);
        return Close(svg);
    }

    /// <summary>One stacked bar per row, its segments side by side in proportion to the row's total.</summary>
    public static string StackedBars(string title, IReadOnlyList<(string Label, IReadOnlyList<ChartSegment> Segments)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var legend = rows.SelectMany(row => row.Segments).Select(segment => (segment.Name, segment.Colour)).Distinct().ToList();
        var height = (rows.Count * (BarHeight + Gap)) + 40;
        var svg = Open(title, Width, height + 20);
        var plotWidth = Width - LabelWidth - 20;
        for (var index = 0; index < rows.Count; index++)
        {
            var (label, segments) = rows[index];
            var y = index * (BarHeight + Gap);
            var total = Math.Max(1, segments.Sum(segment => segment.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Escape(label)}</text>");
            var x = (double)LabelWidth;
            foreach (var segment in segments.Where(segment => segment.Value > 0))
            {
                var width = segment.Value * plotWidth / (double)total;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight}\" fill=\"{segment.Colour}\"><title>{Escape(label)}: {Escape(segment.Name)} {segment.Value}</title></rect>");
                if (width > 18)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (width / 2):0.#}\" y=\"{y + 15}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#fff\">{segment.Value}</text>");
                }

                x += width;
            }
        }

        Legend(svg, legend, height - 12);
        return Close(svg);
    }

    /// <summary>One bar per item, scaled to the largest.</summary>
    public static string Bars(string title, IReadOnlyList<ChartSegment> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = bars.Count * (BarHeight + Gap);
        var svg = Open(title, Width, height);
        var plotWidth = Width - LabelWidth - 70;
        var largest = Math.Max(1, bars.Max(bar => bar.Value));
        for (var index = 0; index < bars.Count; index++)
        {
            var bar = bars[index];
            var y = index * (BarHeight + Gap);
            var width = bar.Value * plotWidth / (double)largest;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Escape(bar.Name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight}\" fill=\"{bar.Colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6:0.#}\" y=\"{y + 15}\" font-size=\"12\">{Words.Number(bar.Value)}</text>");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, int width, int height) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"{Escape(title)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" font-family=\"system-ui, sans-serif\">")
        .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Legend(StringBuilder svg, IEnumerable<(string Name, string Colour)> entries, int y)
    {
        var x = 48;
        foreach (var (name, colour) in entries)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"{y}\" font-size=\"12\">{Escape(name)}</text>");
            x += 28 + (name.Length * 7);
        }
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
