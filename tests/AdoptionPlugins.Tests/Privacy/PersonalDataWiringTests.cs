using System;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Privacy.Support;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using AdoptionTier = AdoptionPlugins.Adoption.Evaluation.AdoptionTier;
using QuickWin = AdoptionPlugins.Schema.QuickWin;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>One person's adoption data on request: exported in full and only theirs, erased without touching anyone else's.</summary>
public sealed class PersonalDataWiringTests
{
    [Fact]
    public void Export_ReturnsEveryRowOfThatPersonAndNoneOfAnothers()
    {
        using var org = new AdoptionOrganization();
        var person = org.PersonWithHistory("Ravi Menon");
        org.PersonWithHistory("Ana Costa");
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();

        var pages = PersonalDataCalls.ExportAll(org.Service, person);

        Assert.Equal(IdsOf(org, ActivityDay.EntityName, ActivityDay.UserId, person), PersonalDataCalls.ExportedIds(pages, "activityDays").Order());
        Assert.Equal(IdsOf(org, ActivitySignal.EntityName, ActivitySignal.UserId, person), PersonalDataCalls.ExportedIds(pages, "signals").Order());
        Assert.Equal(IdsOf(org, Nudge.EntityName, Nudge.RecipientId, person), PersonalDataCalls.ExportedIds(pages, "messageLog").Order());
        Assert.Equal(IdsOf(org, QuickWin.EntityName, QuickWin.UserId, person), PersonalDataCalls.ExportedIds(pages, "quickWins").Order());
        Assert.Equal(IdsOf(org, LeavePeriod.EntityName, LeavePeriod.UserId, person), PersonalDataCalls.ExportedIds(pages, "leavePeriods").Order());
        Assert.Equal([org.ProfileOf(person).Id], PersonalDataCalls.ExportedIds(pages, "profiles"));
    }

    [Fact]
    public void ExportOfMoreRowsThanAPage_ComesInPagesWithNothingLostOrRepeated()
    {
        using var org = new AdoptionOrganization();
        var person = org.Person("Ravi Menon");
        org.LoggedWeekdays(person, new DateTime(2025, 9, 1), new DateTime(2026, 2, 27));

        var pages = PersonalDataCalls.ExportAll(org.Service, person);

        Assert.True(pages.Count >= 2);
        Assert.Equal(IdsOf(org, ActivitySignal.EntityName, ActivitySignal.UserId, person), PersonalDataCalls.ExportedIds(pages, "signals").Order());
        Assert.Equal(IdsOf(org, ActivityDay.EntityName, ActivityDay.UserId, person), PersonalDataCalls.ExportedIds(pages, "activityDays").Order());
    }

    [Fact]
    public void ExportedRow_NamesItsColumnsReadablyWithIsoDates()
    {
        using var org = new AdoptionOrganization();
        var person = org.PersonWithHistory("Ravi Menon");

        var day = PersonalDataCalls.ExportAll(org.Service, person)[0].RootElement.GetProperty("tables").GetProperty("activityDays")[0];

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", day.GetProperty("day").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", day.GetProperty("firstactivityon").GetString());
        Assert.Equal((person, 1), (day.GetProperty("userid").GetGuid(), day.GetProperty("taskcount").GetInt32()));
    }

    [Fact]
    public void Erase_RemovesEveryRowOfThatPersonButTheTombstoneAndLeavesOthersIntact()
    {
        using var org = new AdoptionOrganization();
        var person = org.PersonWithHistory("Ravi Menon");
        var other = org.PersonWithHistory("Ana Costa");
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var (personsRows, othersRows) = (RowsAbout(org, person), RowsAbout(org, other));

        var erased = PersonalDataCalls.EraseAll(org.Service, person).Sum();

        Assert.Equal((personsRows, 1, othersRows), (erased, RowsAbout(org, person), RowsAbout(org, other)));
    }

    [Fact]
    public void Erase_LeavesSignalsOthersLoggedForThePersonWithoutTheirName()
    {
        using var org = new AdoptionOrganization();
        var person = org.Person("Ravi Menon");
        var assistant = org.Person("Ana Costa");
        var logged = org.Service.Create(new Entity(ActivitySignal.EntityName)
        {
            [ActivitySignal.UserId] = new EntityReference(SystemUser.EntityName, assistant),
            [ActivitySignal.OnBehalfOfId] = new EntityReference(SystemUser.EntityName, person),
            [ActivitySignal.OccurredOn] = org.Org.Clock.UtcNow,
        });

        PersonalDataCalls.EraseAll(org.Service, person);

        Assert.False(org.Service.Retrieve(ActivitySignal.EntityName, logged, new ColumnSet(true)).Contains(ActivitySignal.OnBehalfOfId));
    }

    [Theory]
    [InlineData(ExportPersonAdoptionDataMessage.UniqueName)]
    [InlineData(EraseUserAdoptionDataMessage.UniqueName)]
    public void CallerWithoutTheAdministratorsPrivilege_IsRefused(string message)
    {
        using var org = new AdoptionOrganization();
        var person = org.PersonWithHistory("Ravi Menon");
        var manager = org.Org.ServiceFor(org.Person("Mia Chen", AdoptionTier.Manager));

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => manager.Execute(new OrganizationRequest(message) { ["UserId"] = person }));

        Assert.Contains(ExportPersonAdoptionDataMessage.ExecutePrivilegeName, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestWithoutAUser_IsRefusedSayingWhatToSend()
    {
        using var org = new AdoptionOrganization();

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Service.Execute(new OrganizationRequest(EraseUserAdoptionDataMessage.UniqueName) { ["UserId"] = Guid.Empty }));

        Assert.StartsWith("UserId is required", refusal.Message, StringComparison.Ordinal);
    }

    private static Guid[] IdsOf(AdoptionOrganization org, string table, string personColumn, Guid person) =>
        [.. org.Rows(table).Where(row => row.GetAttributeValue<EntityReference>(personColumn)?.Id == person).Select(row => row.Id).Order()];

    // Every row of ours about the person: the tables an erase empties for them, and the profile it leaves as a tombstone.
    private static int RowsAbout(AdoptionOrganization org, Guid person) =>
        org.RowsOf(ActivitySignal.EntityName, ActivitySignal.UserId, person)
        + org.RowsOf(ActivityDay.EntityName, ActivityDay.UserId, person)
        + org.RowsOf(Nudge.EntityName, Nudge.RecipientId, person)
        + org.RowsOf(QuickWin.EntityName, QuickWin.UserId, person)
        + org.RowsOf(LeavePeriod.EntityName, LeavePeriod.UserId, person)
        + org.RowsOf(AdoptionProfile.EntityName, AdoptionProfile.UserId, person);
}
