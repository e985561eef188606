using System;
using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Privacy.Support;
using AdoptionPlugins.Tests.Wiring.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>The daily run ends by purging what is past retention, in bounded pages; a dry run only counts.</summary>
public sealed class RetentionPurgeWiringTests
{
    // Older than 31 January: 20 activity days, 19 signals (those of 30 January stay for time zones ahead of UTC), one log
    // entry, one quick win, one leave period, and the profile's first activity.
    private const int Expired = 20 + 19 + 1 + 1 + 1 + 1;

    [Fact]
    public void RowsOlderThanRetention_ArePurgedOverSeveralPagesAndNewerOnesKept()
    {
        using var org = new AdoptionOrganization();
        org.HistoryPastRetention();

        var run = org.Evaluate(pageSize: 2);

        Assert.Equal(Expired, run.Purged);
        Assert.True(run.Pages.Count(page => (int)page[EvaluateAdoptionMessage.Purged] > 0) >= 10);
        Assert.Equal((20, 21, 1, 1, 1), (org.Rows(ActivityDay.EntityName).Count, org.Rows(ActivitySignal.EntityName).Count, org.Rows(Nudge.EntityName).Count, org.Rows(QuickWin.EntityName).Count, org.Rows(LeavePeriod.EntityName).Count));
        Assert.Equal(PrivacyStories.KeepFrom.AddDays(2), org.Earliest(ActivityDay.EntityName, ActivityDay.Day));
    }

    [Fact]
    public void DryRun_DeletesNothingAndCountsWhatItWouldPurge()
    {
        using var org = new AdoptionOrganization();
        var person = org.HistoryPastRetention();

        var run = org.Evaluate(dryRun: true, pageSize: 2);

        Assert.Equal(Expired, run.Purged);
        Assert.Equal((40, 40, 2), (org.Rows(ActivityDay.EntityName).Count, org.Rows(ActivitySignal.EntityName).Count, org.Rows(QuickWin.EntityName).Count));
        Assert.True(org.ProfileOf(person).Contains(AdoptionProfile.FirstActivityOn));
    }

    [Fact]
    public void Profile_KeepsItsVerdictAndLastActivityButLosesItsFirstActivityPastRetention()
    {
        using var org = new AdoptionOrganization();
        var person = org.HistoryPastRetention();

        org.Evaluate();

        var profile = org.ProfileOf(person);
        Assert.Equal((false, true, true), (profile.Contains(AdoptionProfile.FirstActivityOn), profile.Contains(AdoptionProfile.LastActivityOn), profile.Contains(AdoptionProfile.State)));
    }

    [Fact]
    public void EvaluationOfOneUser_PurgesNothing()
    {
        using var org = new AdoptionOrganization();
        var person = org.HistoryPastRetention();

        var run = org.Evaluate(userId: person);

        Assert.Equal((0, 40), (run.Purged, org.Rows(ActivityDay.EntityName).Count));
    }
}
