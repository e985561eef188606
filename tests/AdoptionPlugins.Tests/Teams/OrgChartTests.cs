using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Teams;
using Xunit;

namespace AdoptionPlugins.Tests.Teams;

public class OrgChartTests
{
    [Fact]
    public void Reports_IncludeEveryLevelBelowButNotTheManager()
    {
        var ceo = Guid.NewGuid();
        var director = Guid.NewGuid();
        var rep = Guid.NewGuid();
        var chart = new OrgChart([new UserFacts(ceo, "CEO"), new UserFacts(director, "Director", managerId: ceo), new UserFacts(rep, "Rep", managerId: director)]);

        var reports = chart.ReportsOf(ceo);

        Assert.Equal([director, rep], reports);
    }

    [Fact]
    public void LoopInTheManagerData_EndsTheWalk()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var chart = new OrgChart([new UserFacts(first, "First", managerId: second), new UserFacts(second, "Second", managerId: first)]);

        var reports = chart.ReportsOf(first);

        Assert.Equal([second], reports);
    }

    [Fact]
    public void HierarchyDeeperThanThePlatformWalks_StopsAtAHundredLevels()
    {
        var ids = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToList();
        var chart = new OrgChart(ids.Select((id, index) => new UserFacts(id, $"Level {index}", managerId: index == 0 ? null : ids[index - 1])));

        var reports = chart.ReportsOf(ids[0]);

        Assert.Equal(OrgChart.MaximumDepth, reports.Count);
    }
}
