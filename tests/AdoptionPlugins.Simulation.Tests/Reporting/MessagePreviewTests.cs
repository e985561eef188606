using System.Linq;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Reporting;

public class MessagePreviewTests
{
    [Fact]
    public void MessageLoggedOnSeveralMornings_IsOnePreviewWithItsFirstText()
    {
        var report = AReport.WithEverySection() with
        {
            Nudges =
            [
                Line(day: 3, "Lead by example", "Dry run", "First text"),
                Line(day: 4, "Lead by example", "Dry run", "Second text"),
            ],
        };

        var preview = Assert.Single(report.Previews);

        Assert.Equal(("First text", 2, AReport.Monday.AddDays(3), AReport.Monday.AddDays(4)), (preview.Body, preview.Days, preview.FirstDay, preview.LastDay));
    }

    [Fact]
    public void WithheldMessages_AreCountedByReasonNotPreviewed()
    {
        var report = AReport.WithEverySection() with
        {
            Nudges = [Line(day: 3, "Team summary", "Withheld", "Text"), Line(day: 4, "Team summary", "Withheld", "Text")],
        };

        var withheld = Assert.Single(report.Withheld);

        Assert.Empty(report.Previews);
        Assert.Equal(("Team summary", "Held back.", 2), (withheld.Kind, withheld.Reason, withheld.Messages));
    }

    [Fact]
    public void Previews_PutTheExecutivesNudgeFirst()
    {
        var report = AReport.WithEverySection() with
        {
            Nudges = [Line(day: 1, "Help", "Dry run", "Help text"), Line(day: 2, "Lead by example", "Dry run", "Lead text")],
        };

        Assert.Equal(["Lead by example", "Help"], report.Previews.Select(preview => preview.Kind));
    }

    [Fact]
    public void MessagesByKind_SplitTheLogIntoWouldBeSentAndHeldBack()
    {
        var report = AReport.WithEverySection() with
        {
            Nudges = [Line(day: 1, "Lead by example", "Dry run", "Text"), Line(day: 2, "Lead by example", "Dry run", "Text"), Line(day: 3, "Lead by example", "Withheld", "Text")],
        };

        var row = Assert.Single(HtmlReport.MessageKinds(report));

        Assert.Equal(["Lead by example", "2", "1", "1"], row);
    }

    private static NudgeLine Line(int day, string kind, string outcome, string body) =>
        new(AReport.Monday.AddDays(day), "Ivan Fischer", kind, outcome, "Subject", body, outcome == "Withheld" ? "Held back." : "Sending is off.", 1033);
}
