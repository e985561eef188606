using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Evaluation;

public class HysteresisTests
{
    // One character per weekday from Monday 5 January 2026: A = activity logged, I = nothing. Its share over 20 working
    // days hovers around the contributor threshold (50 %), between 45 % and 55 %, for the six weeks evaluated.
    private const string Hovering = "AIIAIAIAAAIAAAIAIIIAIIAIIIAAIAAAIAAIAIAIAAAIAIAIAAIAAIA";

    [Fact]
    public void ShareHoveringAtTheThreshold_WithoutMargin_FlipsBackAndForth()
    {
        var changes = StateChangesOverSixWeeks(hysteresisPoints: 0);

        Assert.True(changes.Count >= 6, "The sequence is meant to hover at the threshold: " + string.Join(", ", changes));
    }

    [Fact]
    public void ShareHoveringAtTheThreshold_WithTheDefaultMargin_NeverChangesState()
    {
        var changes = StateChangesOverSixWeeks(hysteresisPoints: 5);

        Assert.Empty(changes);
    }

    [Fact]
    public void ActiveContributorAtFortyFivePercent_StaysActive()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Active, Calendar.DaysAgo(50)).ActiveOn(Calendar.LastWeekdays(9)).Build();

        var verdict = AdoptionClassifier.Classify(user, AdoptionSettings.Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Active, verdict.State);
        Assert.Equal(VerdictBasis.HeldByHysteresis, verdict.Basis);
    }

    [Fact]
    public void ActiveContributorAtFortyPercent_IsSlipping()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Active, Calendar.DaysAgo(50)).ActiveOn(Calendar.LastWeekdays(8)).Build();

        var verdict = AdoptionClassifier.Classify(user, AdoptionSettings.Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Slipping, verdict.State);
    }

    [Fact]
    public void SlippingContributorAtFiftyPercent_StaysSlippingUntilFiftyFive()
    {
        var atFifty = Given.User().Contributor().WasInState(AdoptionState.Slipping, Calendar.DaysAgo(50)).ActiveOn(Calendar.LastWeekdays(10)).Build();
        var atFiftyFive = Given.User().Contributor().WasInState(AdoptionState.Slipping, Calendar.DaysAgo(50)).ActiveOn(Calendar.LastWeekdays(11)).Build();

        var held = AdoptionClassifier.Classify(atFifty, AdoptionSettings.Defaults, Calendar.Today);
        var moved = AdoptionClassifier.Classify(atFiftyFive, AdoptionSettings.Defaults, Calendar.Today);

        Assert.Equal(AdoptionState.Slipping, held.State);
        Assert.Equal(AdoptionState.Active, moved.State);
    }

    private static List<string> StateChangesOverSixWeeks(int hysteresisPoints)
    {
        var settings = Given.Settings().With(SettingNames.HysteresisPoints, hysteresisPoints).Build();
        var weekdays = Calendar.Weekdays(new DateTime(2026, 1, 5), new DateTime(2026, 4, 30)).Take(Hovering.Length).ToList();
        var activeDays = weekdays.Where((day, index) => Hovering[index] == 'A').ToList();
        var user = Given.User().Contributor().ActiveOn(activeDays);
        var state = AdoptionState.Active;
        var since = new DateTime(2026, 1, 1);
        var changes = new List<string>();
        for (var today = new DateTime(2026, 2, 9); today < new DateTime(2026, 3, 23); today = today.AddDays(1))
        {
            var verdict = AdoptionClassifier.Classify(user.WasInState(state, since).Build(), settings, today);
            if (verdict.StateChanged)
            {
                changes.Add($"{today:yyyy-MM-dd} {state} -> {verdict.State}");
            }

            state = verdict.State;
            since = verdict.StateSince;
        }

        return changes;
    }
}
