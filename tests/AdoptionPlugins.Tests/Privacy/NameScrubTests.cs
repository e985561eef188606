using AdoptionPlugins.Adoption.Privacy;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>An erased person's name leaves texts others were sent, and nothing else in them changes.</summary>
public sealed class NameScrubTests
{
    [Fact]
    public void NameInAList_GivesWayToTheStandInAndTheRestStays()
    {
        var text = "Might welcome a hand getting back into the CRM: Ana Costa and Ravi Menon.";

        var scrubbed = NameScrub.Scrub(text, ["Ravi Menon"], "a colleague");

        Assert.Equal("Might welcome a hand getting back into the CRM: Ana Costa and a colleague.", scrubbed);
    }

    [Fact]
    public void NameInsideALongerName_IsLeftAlone()
    {
        var text = "Leaders invited to lead by example: Anna Bergström, Joann Lee and Ann.";

        var scrubbed = NameScrub.Scrub(text, ["Ann"], "a colleague");

        Assert.Equal("Leaders invited to lead by example: Anna Bergström, Joann Lee and a colleague.", scrubbed);
    }

    [Fact]
    public void NameStartingASentenceInAnotherCase_GivesWayToACapitalisedStandIn()
    {
        var text = "• RAVI MENON is back to using the CRM regularly. In Ravi Menon's team 4 of 5 people now use it.";

        var scrubbed = NameScrub.Scrub(text, ["Ravi Menon"], "a colleague");

        Assert.Equal("• A colleague is back to using the CRM regularly. In a colleague's team 4 of 5 people now use it.", scrubbed);
    }

    [Fact]
    public void NameWithWildcardCharacters_IsReplacedLiterally()
    {
        var text = "„Rahmenvertrag“ wurde gewonnen, erfasst von Anna_Maria [Sales] 100% und AnnaXMaria S 100.";

        var scrubbed = NameScrub.Scrub(text, ["Anna_Maria [Sales] 100%"], "N. N.");

        Assert.Equal("„Rahmenvertrag“ wurde gewonnen, erfasst von N. N. und AnnaXMaria S 100.", scrubbed);
    }

    [Fact]
    public void FullNameAndAShorterNameOfTheSamePerson_LongestIsReplacedFirst()
    {
        var text = "Ravi Menon and Ravi logged their first meeting.";

        var scrubbed = NameScrub.Scrub(text, ["Ravi", "Ravi Menon"], "a colleague");

        Assert.Equal("A colleague and a colleague logged their first meeting.", scrubbed);
    }

    [Fact]
    public void TextWithoutTheName_IsReturnedUnchanged()
    {
        var text = "Team North: 3 of 4 people are active.";

        var scrubbed = NameScrub.Scrub(text, ["Ravi Menon"], "a colleague");

        Assert.Same(text, scrubbed);
    }
}
