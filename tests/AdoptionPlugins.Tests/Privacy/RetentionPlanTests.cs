using System;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

public class RetentionPlanTests
{
    private static readonly DateTime Today = new(2026, 3, 10, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(AdoptionDataTable.ActivityDays)]
    [InlineData(AdoptionDataTable.LeavePeriods)]
    public void DefaultRetention_KeepsAYearAndPurgesTheDayBefore(AdoptionDataTable table)
    {
        var plan = new RetentionPlan(AdoptionSettings.Defaults, Today);

        Assert.Equal((true, false), (plan.IsExpired(table, new DateTime(2025, 3, 9)), plan.IsExpired(table, new DateTime(2025, 3, 10))));
    }

    [Fact]
    public void SignalOfTheFirstKeptLocalDay_IsKeptEvenWhereThatDayStartsBeforeUtcMidnight()
    {
        var earlyInKiribati = new DateTime(2025, 3, 9, 10, 30, 0, DateTimeKind.Utc);

        var plan = new RetentionPlan(AdoptionSettings.Defaults, Today);

        Assert.Equal((false, true), (plan.IsExpired(AdoptionDataTable.Signals, earlyInKiribati), plan.IsExpired(AdoptionDataTable.Signals, earlyInKiribati.AddDays(-1))));
    }

    [Fact]
    public void CoolDownLongerThanRetention_KeepsTheMessageLogForTheCoolDown()
    {
        var settings = ShortRetention().With(SettingNames.CoolDownDays, 60).Build();

        var plan = new RetentionPlan(settings, Today);

        Assert.Equal((Today.AddDays(-30), Today.AddDays(-60)), (plan.KeepFrom, plan.MessagesKeptFrom));
    }

    [Fact]
    public void OldestWinTheDetectorCanFindAgain_IsNeverPurged()
    {
        var settings = ShortRetention().With(SettingNames.QuickWinRecentDays, 30).Build();

        var plan = new RetentionPlan(settings, Today);

        Assert.False(plan.IsExpired(AdoptionDataTable.QuickWins, Today.AddDays(-settings.QuickWins.RecentDays)));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(250, 500)]
    [InlineData(500, 1000)]
    public void PurgeBatch_IsTwoRowsPerUserOfThePage(int pageSize, int rows)
    {
        Assert.Equal(rows, PurgeBatch.Size(pageSize));
    }

    [Fact]
    public void PurgeBatchOfNoUsers_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PurgeBatch.Size(0));
    }

    // The shortest retention the settings accept, with a lookback that fits inside it.
    private static SettingsBuilder ShortRetention() =>
        Given.Settings().With(SettingNames.RetentionDays, 30).With(SettingNames.LookbackDays, 28);
}
