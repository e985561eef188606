using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Evaluation;

public class AdoptionClassifierTests
{
    private static readonly AdoptionSettings Defaults = AdoptionSettings.Defaults;

    [Fact]
    public void NewStarterWithoutActivity_IsNewNotInactive()
    {
        var starter = Given.User().FirstSeen(Calendar.DaysAgo(6)).Build();

        var verdict = AdoptionClassifier.Classify(starter, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.New, verdict.State);
        Assert.Equal(VerdictBasis.GracePeriod, verdict.Basis);
    }

    [Fact]
    public void NewStarterAlreadyLoggingEveryDay_IsActive()
    {
        var starter = Given.User().FirstSeen(Calendar.DaysAgo(10)).ActiveOn(Calendar.LastWeekdays(7)).Build();

        var verdict = AdoptionClassifier.Classify(starter, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Active, verdict.State);
    }

    [Fact]
    public void GracePeriodOverWithoutActivity_IsInactive()
    {
        var user = Given.User().FirstSeen(Calendar.DaysAgo(40)).Build();

        var verdict = AdoptionClassifier.Classify(user, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Inactive, verdict.State);
        Assert.Equal(VerdictBasis.Measured, verdict.Basis);
    }

    [Fact]
    public void PersonOnLeaveToday_IsOnLeaveNotFlagged()
    {
        var away = Given.User().WasInState(AdoptionState.Active, Calendar.DaysAgo(60)).OnLeave(Calendar.DaysAgo(20), Calendar.Today.AddDays(5)).Build();

        var verdict = AdoptionClassifier.Classify(away, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.OnLeave, verdict.State);
    }

    [Fact]
    public void LeaveInsideTheWindow_IsSkippedAndTheWindowReachesFurtherBack()
    {
        var leaveStart = Calendar.DaysAgo(21);
        var leaveEnd = Calendar.DaysAgo(8);
        var worked = Calendar.LastWeekdays(40).Where(day => day < leaveStart || day > leaveEnd);
        var back = Given.User().OnLeave(leaveStart, leaveEnd).ActiveOn(worked).Build();

        var verdict = AdoptionClassifier.Classify(back, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Active, verdict.State);
        Assert.Equal(20, verdict.Window!.WorkingDays);
        Assert.Equal(10, verdict.Window.LeaveDaysSkipped);
    }

    [Fact]
    public void PartTimerActiveOnAllTheirDays_IsActiveAtFullShare()
    {
        var threeDays = Calendar.LastWeekdays(60).Where(day => day.DayOfWeek <= DayOfWeek.Wednesday);
        var partTimer = Given.User().WorkingOn(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday).ActiveOn(threeDays).Build();

        var verdict = AdoptionClassifier.Classify(partTimer, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Active, verdict.State);
        Assert.Equal(100, verdict.Window!.SharePercent);
    }

    [Fact]
    public void SamePatternWithoutPartTimeRecord_IsHeldToFiveDays()
    {
        var threeDays = Calendar.LastWeekdays(60).Where(day => day.DayOfWeek <= DayOfWeek.Wednesday);
        var fullTimer = Given.User().ActiveOn(threeDays).Build();

        var verdict = AdoptionClassifier.Classify(fullTimer, Defaults, Calendar.Today);

        Assert.Equal(60, verdict.Window!.SharePercent);
    }

    [Fact]
    public void ExcludedTier_IsNotMeasured()
    {
        var admin = Given.User().WithRoles("System Administrator").Build();

        var verdict = AdoptionClassifier.Classify(admin, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Excluded, verdict.State);
        Assert.Null(verdict.Window);
    }

    [Fact]
    public void BackFromLongLeaveWithTwoQuietDays_KeepsTheStateFromBefore()
    {
        var back = Given.User().WasInState(AdoptionState.Active, Calendar.DaysAgo(200)).OnLeave(Calendar.DaysAgo(120), Calendar.DaysAgo(5)).Build();

        var verdict = AdoptionClassifier.Classify(back, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Active, verdict.State);
        Assert.Equal(VerdictBasis.ThinDataKept, verdict.Basis);
    }

    [Fact]
    public void ThinDataWithoutAStateBefore_IsTreatedLikeANewStarter()
    {
        var back = Given.User().WasInState(AdoptionState.OnLeave, Calendar.DaysAgo(120)).OnLeave(Calendar.DaysAgo(120), Calendar.DaysAgo(5)).Build();

        var verdict = AdoptionClassifier.Classify(back, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.New, verdict.State);
        Assert.Equal(VerdictBasis.ThinDataNew, verdict.Basis);
    }

    [Fact]
    public void TrackedEmailsAlone_DoNotMakeAnExecutiveActive()
    {
        var executive = Given.User().Executive();
        foreach (var day in Calendar.LastWeekdays(20))
        {
            executive.Logged(day, new ActivityCounts(emailsTracked: 4, loggedOnBehalf: 1));
        }

        var verdict = AdoptionClassifier.Classify(executive.Build(), Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Inactive, verdict.State);
    }

    [Fact]
    public void UnchangedState_KeepsItsStartDay()
    {
        var since = Calendar.DaysAgo(30);
        var user = Given.User().WasInState(AdoptionState.Active, since).Contributor().ActiveOn(Calendar.LastWeekdays(20)).Build();

        var verdict = AdoptionClassifier.Classify(user, Defaults, Calendar.Today);

        Assert.Equal(since, verdict.StateSince);
        Assert.False(verdict.HasChanged);
    }

    [Fact]
    public void ChangedState_StartsToday()
    {
        var user = Given.User().WasInState(AdoptionState.Active, Calendar.DaysAgo(30)).Contributor().Build();

        var verdict = AdoptionClassifier.Classify(user, Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Inactive, verdict.State);
        Assert.Equal(Calendar.Today, verdict.StateSince);
        Assert.True(verdict.HasChanged);
    }
}
