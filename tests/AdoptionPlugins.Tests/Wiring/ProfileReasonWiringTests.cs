using System;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Xunit;
using Profile = AdoptionPlugins.Schema.AdoptionProfile;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The reason on a profile tells only what its readers may know, and never describes days the retention purge deleted.</summary>
public sealed class ProfileReasonWiringTests
{
    [Fact]
    public void PrivacyMode_StoredReasonKeepsTheRuleButNotWhatThePersonLogged()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        var profile = org.ProfileOf(executive);
        Assert.Contains("In the executive tier, active means", Reason(profile), StringComparison.Ordinal);
        Assert.DoesNotContain("Logged activity on", Reason(profile), StringComparison.Ordinal);
        Assert.DoesNotContain("Last own activity", Reason(profile), StringComparison.Ordinal);
        Assert.False(profile.GetAttributeValue<bool>(Profile.ReasonHasFigures));
    }

    [Fact]
    public void PrivacyModeSwitchedOff_NextRunWritesTheFiguresThoughTheVerdictStands()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var state = org.StateOf(executive);

        org.Setting(SettingNames.PrivacyMode, "false");
        org.MoveTo(Stories.FirstEvaluation.AddDays(1));
        org.Evaluate();

        var profile = org.ProfileOf(executive);
        Assert.Equal(state, org.StateOf(executive));
        Assert.Contains("Logged activity on 0 of", Reason(profile), StringComparison.Ordinal);
        Assert.True(profile.GetAttributeValue<bool>(Profile.ReasonHasFigures));
    }

    [Fact]
    public void UnchangedVerdict_IsNotWrittenAgainWhileItsWindowIsKept()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        KeepThirtyDays(org);
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var written = EvaluatedOn(org.ProfileOf(executive));

        org.MoveTo(Stories.FirstEvaluation.AddDays(1));
        org.Evaluate();

        Assert.Equal(written, EvaluatedOn(org.ProfileOf(executive)));
    }

    [Fact]
    public void UnchangedVerdictWhoseWindowRetentionDeleted_IsWrittenAgainWithTheNewWindow()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        KeepThirtyDays(org);
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var state = org.StateOf(executive);

        var later = Stories.FirstEvaluation.AddDays(10);
        org.MoveTo(later);
        org.Evaluate();

        var profile = org.ProfileOf(executive);
        Assert.Equal(state, org.StateOf(executive));
        Assert.Equal(later, EvaluatedOn(profile).Date);
        Assert.True(profile.GetAttributeValue<DateTime>(Profile.WindowStart) >= later.AddDays(-30));
    }

    private static void KeepThirtyDays(AdoptionOrganization org)
    {
        org.Setting(SettingNames.LookbackDays, "30");
        org.Setting(SettingNames.RetentionDays, "30");
    }

    private static string Reason(Entity profile) => profile.GetAttributeValue<string>(Profile.StateReason);

    private static DateTime EvaluatedOn(Entity profile) => profile.GetAttributeValue<DateTime>(Profile.EvaluatedOn);
}
