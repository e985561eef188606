using System;
using System.Net;
using System.Text.RegularExpressions;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Reporting;

public class HtmlReportTests
{
    [Theory]
    [InlineData("<script")]
    [InlineData("<link")]
    [InlineData("<img")]
    [InlineData("src=")]
    [InlineData("url(")]
    [InlineData("@import")]
    [InlineData("http://")]
    [InlineData("https://")]
    public void Page_NeedsNothingFromOutside(string reference)
    {
        var page = HtmlReport.Render(AReport.WithEverySection());

        Assert.DoesNotContain(reference, page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Page_HasEverySectionUnderItsHeading()
    {
        var page = HtmlReport.Render(AReport.WithEverySection());

        Assert.All(HtmlReport.Sections, section => Assert.Contains($"<section id=\"{section.Id}\"><h2>{WebUtility.HtmlEncode(section.Heading)}</h2>", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Charts_AreInlineSvgWithTitles()
    {
        var page = HtmlReport.Render(AReport.WithEverySection());

        Assert.Equal(3, Regex.Count(page, "<svg role=\"img\""));
        Assert.Contains("<title>Share of judged people who are active, by tier</title>", page, StringComparison.Ordinal);
        Assert.Contains("<title>Adoption state by team after the last evaluation</title>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageText_IsShownAsTextNotMarkup()
    {
        var page = HtmlReport.Render(AReport.WithEverySection());

        Assert.Contains("&lt;b&gt;Well done&lt;/b&gt; &amp; thanks", page, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheEvaluation_ThePageSaysNobodyWasJudged()
    {
        var report = AReport.WithEverySection() with { TierDays = [] };

        var page = HtmlReport.Render(report);

        Assert.Contains("The evaluation did not run, so no one was judged", page, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenPage_IsNamedForTheSimulation()
    {
        using var folder = new OutputFolder();

        var path = HtmlReport.WriteTo(folder.Path, AReport.WithEverySection());

        Assert.Equal(HtmlReport.Render(AReport.WithEverySection()), System.IO.File.ReadAllText(path));
        Assert.EndsWith(HtmlReport.FileName, path, StringComparison.Ordinal);
    }
}
