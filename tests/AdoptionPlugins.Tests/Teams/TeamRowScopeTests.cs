using System;
using System.Linq;
using AdoptionPlugins.Adoption.Teams;
using Xunit;

namespace AdoptionPlugins.Tests.Teams;

public class TeamRowScopeTests
{
    private static readonly Guid InThisPage = Guid.NewGuid();
    private static readonly Guid OnALaterPage = Guid.NewGuid();
    private static readonly Guid NoLongerALeader = Guid.NewGuid();

    [Fact]
    public void FirstPage_AnswersForItsLeadersAndFormerLeadersButNotLaterPagesLeaders()
    {
        var scope = new TeamRowScope([InThisPage], [InThisPage, OnALaterPage], null, firstPage: true);

        var answered = new[] { InThisPage, OnALaterPage, NoLongerALeader }.Select(scope.AnswersFor);

        Assert.Equal([true, false, true], answered);
    }

    [Fact]
    public void LaterPage_AnswersOnlyForItsOwnLeaders()
    {
        var scope = new TeamRowScope([OnALaterPage], [InThisPage, OnALaterPage], null, firstPage: false);

        var answered = new[] { InThisPage, OnALaterPage, NoLongerALeader }.Select(scope.AnswersFor);

        Assert.Equal([false, true, false], answered);
    }

    [Fact]
    public void RunOfOneTeam_LeavesFormerLeadersOutsideItsScopeAlone()
    {
        var outsider = Guid.NewGuid();
        var scope = new TeamRowScope([InThisPage], [InThisPage], [InThisPage, NoLongerALeader], firstPage: true);

        var answered = new[] { NoLongerALeader, outsider }.Select(scope.AnswersFor);

        Assert.Equal([true, false], answered);
    }

    [Fact]
    public void StoredRows_OnlyTeamRowsThePageAnswersForAreItsConcern()
    {
        var scope = new TeamRowScope([InThisPage], [InThisPage, OnALaterPage], null, firstPage: false);
        StoredSummary[] stored = [new(Guid.NewGuid(), InThisPage), new(Guid.NewGuid(), OnALaterPage), new(Guid.NewGuid(), null)];

        var concern = scope.Of(stored);

        Assert.Equal([stored[0]], concern);
    }
}
