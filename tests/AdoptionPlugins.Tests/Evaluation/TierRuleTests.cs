using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Evaluation;

public class TierRuleTests
{
    private static readonly TierRules Rules = AdoptionSettings.Defaults.Tiers;

    [Fact]
    public void TierSetByAnAdministrator_WinsOverRoleAndTitle()
    {
        var user = Given.User().Manager().WithRoles("Vice President of Sales").Titled("Chief Sales Officer");

        var decision = TierRule.Decide(user.Profile(), user.Facts(), Rules);

        Assert.Equal(AdoptionTier.Manager, decision.Tier);
        Assert.Equal(TierSource.Explicit, decision.Source);
    }

    [Fact]
    public void ExecutiveRole_MakesAnExecutiveAndNamesTheRole()
    {
        var user = Given.User().WithRoles("Salesperson", "vice president of sales");

        var decision = TierRule.Decide(user.Profile(), user.Facts(), Rules);

        Assert.Equal(AdoptionTier.Executive, decision.Tier);
        Assert.Equal("vice president of sales", decision.Evidence);
    }

    [Fact]
    public void AdministratorWhoAlsoSells_IsJudgedAsAContributor()
    {
        var user = Given.User().WithRoles("System Administrator", "Salesperson");

        var decision = TierRule.Decide(user.Profile(), user.Facts(), Rules);

        Assert.Equal(AdoptionTier.Contributor, decision.Tier);
    }

    [Fact]
    public void OnlyAnExcludedRole_IsExcluded()
    {
        var user = Given.User().WithRoles("Support User");

        var decision = TierRule.Decide(user.Profile(), user.Facts(), Rules);

        Assert.Equal(AdoptionTier.Excluded, decision.Tier);
    }

    [Theory]
    [InlineData("Key Account Manager", AdoptionTier.Contributor)]
    [InlineData("Chief Sales Officer", AdoptionTier.Executive)]
    [InlineData("Regional Sales Manager", AdoptionTier.Manager)]
    [InlineData("Managerial Accountant", AdoptionTier.Contributor)]
    [InlineData("Geschäftsführer Vertrieb", AdoptionTier.Executive)]
    public void JobTitle_IsMatchedByTheFirstRuleWithWholeWords(string title, AdoptionTier expected)
    {
        var user = Given.User().Titled(title);

        var decision = TierRule.Decide(user.Profile(), user.Facts(), Rules);

        Assert.Equal(expected, decision.Tier);
    }

    [Fact]
    public void NoRoleAndNoTitle_GetsTheDefaultTier()
    {
        var user = Given.User();

        var decision = TierRule.Decide(user.Profile(), user.Facts(), Rules);

        Assert.Equal(AdoptionTier.Contributor, decision.Tier);
        Assert.Equal(TierSource.Default, decision.Source);
    }
}
