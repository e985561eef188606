using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

public class PrivacyRulesTests
{
    private static readonly PrivacyRules PrivacyOn = new(AdoptionSettings.Defaults.Privacy);
    private static readonly PrivacyRules PrivacyOff = new(Given.Settings().PrivacyOff().Build().Privacy);

    [Theory]
    [InlineData(Viewer.Manager)]
    [InlineData(Viewer.Sponsor)]
    [InlineData(Viewer.Colleague)]
    [InlineData(Viewer.Dashboard)]
    public void PrivacyMode_NamesNobodyToAnyoneElse(Viewer viewer)
    {
        Assert.False(PrivacyOn.MayName(viewer));
    }

    [Fact]
    public void EveryoneMaySeeTheirOwnData()
    {
        Assert.True(PrivacyOn.MayName(Viewer.Self));
        Assert.True(PrivacyOn.MayShowPersonalFigures(Viewer.Self));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void PrivacyMode_ShowsGroupsFromTheMinimumSize(int people, bool shown)
    {
        Assert.Equal(shown, PrivacyOn.MayShowGroup(people));
    }

    [Fact]
    public void ARep_NeverSeesAPeersFigures()
    {
        Assert.False(PrivacyOn.MayShowPersonalFigures(Viewer.Colleague));
        Assert.False(PrivacyOff.MayShowPersonalFigures(Viewer.Colleague));
    }

    [Fact]
    public void SponsorNeverSeesOnePersonsFigures()
    {
        Assert.False(PrivacyOff.MayShowPersonalFigures(Viewer.Sponsor));
    }

    [Fact]
    public void Retention_KeepsTheConfiguredNumberOfDays()
    {
        var keepFrom = PrivacyOn.KeepFrom(Calendar.Today);

        Assert.Equal(Calendar.Today.AddDays(-365), keepFrom);
    }

    [Fact]
    public void StoredReason_TellsTheFiguresOnlyOutsidePrivacyMode()
    {
        var inPrivacyMode = PrivacyOn.StoredReasonDetail;

        Assert.Equal(ReasonDetail.WithoutFigures, inPrivacyMode);
        Assert.Equal(ReasonDetail.WithFigures, PrivacyOff.StoredReasonDetail);
    }
}
