using System;
using System.Linq;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Privacy.Support;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>Summary rows whose day is past retention are purged at the end of the whole organization's run, as the personal data is.</summary>
public sealed class SummaryPurgeWiringTests
{
    [Fact]
    public void SummaryRowsPastRetention_ArePurgedOverSeveralPagesAndTheFirstKeptDayStays()
    {
        using var org = new AdoptionOrganization();
        org.KeepThirtyDays();
        var days = Enumerable.Range(-3, 4).Select(offset => PrivacyStories.KeepFrom.AddDays(offset)).ToList();
        days.ForEach(day => SummaryOn(org, day));
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(pageSize: 1);

        Assert.Equal(3, run.Purged);
        Assert.True(run.Pages.Count(page => (int)page[EvaluateAdoptionMessage.Purged] > 0) >= 2);
        Assert.Equal([PrivacyStories.KeepFrom], org.Rows(AdoptionSummary.EntityName).Select(row => row.GetAttributeValue<DateTime>(AdoptionSummary.Day)));
    }

    [Fact]
    public void DryRun_CountsSummaryRowsPastRetentionAndDeletesNone()
    {
        using var org = new AdoptionOrganization();
        org.KeepThirtyDays();
        SummaryOn(org, PrivacyStories.KeepFrom.AddDays(-1));
        SummaryOn(org, PrivacyStories.KeepFrom);
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(dryRun: true);

        Assert.Equal((1, 2), (run.Purged, org.Rows(AdoptionSummary.EntityName).Count));
    }

    [Fact]
    public void EvaluationOfOneUser_PurgesNoSummaryRows()
    {
        using var org = new AdoptionOrganization();
        org.KeepThirtyDays();
        SummaryOn(org, PrivacyStories.KeepFrom.AddDays(-1));
        var person = org.ActivePerson("Ravi Menon");
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(userId: person);

        Assert.Equal((0, 1), (run.Purged, org.Rows(AdoptionSummary.EntityName).Count));
    }

    // The organization's totals as a run of that day would have stored them.
    private static void SummaryOn(AdoptionOrganization org, DateTime day) => org.Service.Create(new Entity(AdoptionSummary.EntityName)
    {
        [AdoptionSummary.Name] = "Everyone",
        [AdoptionSummary.GroupKind] = new OptionSetValue(AdoptionSummary.ValueOf(GroupKind.Organization)),
        [AdoptionSummary.Day] = day.Date,
        [AdoptionSummary.People] = 12,
        [AdoptionSummary.SummaryKey] = $"summary:organization:{AdoptionOrganization.Day(day)}",
    });
}
