using System;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Emulator.Service.Messages;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The evaluation runs in bounded pages with a cursor; a page repeated after a failure changes nothing and sends nothing twice.</summary>
public sealed class PagingWiringTests
{
    [Fact]
    public void ManyUsers_AreEvaluatedPageByPageUntilHasMoreIsFalse()
    {
        using var org = new AdoptionOrganization();
        var people = Enumerable.Range(1, 12).Select(number => org.ActivePerson($"Rep {number:00}")).ToList();
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(pageSize: 5);

        Assert.Equal(12, run.Evaluated);
        Assert.True(run.Pages.Count(page => (int)page[EvaluateAdoptionMessage.Evaluated] > 0) >= 3);
        Assert.All(run.Pages.Take(run.Pages.Count - 1), page => Assert.True((bool)page[EvaluateAdoptionMessage.HasMore]));
        Assert.All(people, person => Assert.Equal(AdoptionState.Active, org.StateOf(person)));
    }

    [Fact]
    public void RepeatedPage_SendsNothingTwice()
    {
        using var org = new AdoptionOrganization();
        foreach (var number in Enumerable.Range(1, 4))
        {
            org.StoppedExecutive($"Executive {number}");
        }

        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);
        var teamsPhase = (string)org.Page(null)[EvaluateAdoptionMessage.NextCursor];
        var first = org.Page(teamsPhase);

        var retry = org.Page(teamsPhase);

        Assert.Equal((4, 0), ((int)first[EvaluateAdoptionMessage.MessagesSent], (int)retry[EvaluateAdoptionMessage.MessagesSent]));
        Assert.Equal(4, SentEmails.Read(org.Service).Count);
        Assert.Equal(first[EvaluateAdoptionMessage.NextCursor], retry[EvaluateAdoptionMessage.NextCursor]);
    }

    [Fact]
    public void CursorOfAnotherRequest_IsRefusedWithWhatToSend()
    {
        using var org = new AdoptionOrganization();
        org.ActivePerson("Ravi Menon");
        var cursor = (string)org.Page(null, pageSize: 5)[EvaluateAdoptionMessage.NextCursor];

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Page(cursor, pageSize: 6));

        Assert.Contains("The Cursor belongs to a run with another UserId, TeamId, PageSize or DryRun", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageSizeOutOfRange_IsRefusedWithTheRange()
    {
        using var org = new AdoptionOrganization();

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Page(null, pageSize: 501));

        Assert.Contains("PageSize is 501; send 1 to 500, or none for 100.", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    public void UnchangedDay_UsersPageCostsTheSameRequestsWhateverItsSize(int people)
    {
        using var org = new AdoptionOrganization(TimeSpan.FromMilliseconds(20));
        foreach (var number in Enumerable.Range(1, people))
        {
            org.ActivePerson($"Rep {number:00}");
        }

        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        org.MoveTo(Stories.FirstEvaluation.AddDays(1));
        var before = org.Org.Clock.UtcNow;

        org.Page(null);

        Assert.Equal(UnchangedUsersPageRequests, (int)((org.Org.Clock.UtcNow - before).Ticks / TimeSpan.FromMilliseconds(20).Ticks));
    }

    // The call itself, settings and environment (2), the page of users with languages and roles (4), the roll-up of the last two
    // days (5: users, time zones, signals, stored days, the profiles' first and last activity), profiles, days and leave (3), and the
    // contributors' help (2).
    private const int UnchangedUsersPageRequests = 17;
}
