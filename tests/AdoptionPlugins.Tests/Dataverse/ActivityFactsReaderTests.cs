using System;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Tests.Dataverse;

public class ActivityFactsReaderTests
{
    [Fact]
    public void TaskAnAssistantLoggedForAnExecutive_ReadsCreatorOwnerAndTime()
    {
        using var org = new CaptureOrganization();
        var (assistant, executive) = (org.CreateUser("Ari Assistant"), org.CreateUser("Eve Executive"));
        var id = org.ServiceFor(assistant).Create(new Entity(Activity.Task) { ["subject"] = "Call back", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive) });

        var facts = ActivityFactsReader.FromRow(Read(org, Activity.Task, id));

        Assert.Equal((SourceTable.Task, assistant, "Ari Assistant", executive), (facts.Table, facts.CreatedBy!.Id, facts.CreatedBy.Name, facts.Owner!.Id));
        Assert.Equal((CaptureOrganization.Start, RecordState.Open), (facts.CreatedOn, facts.State));
    }

    [Fact]
    public void IncomingPhoneCall_ReadsItsDirection()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var id = org.ServiceFor(rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Inbound", [Activity.DirectionCode] = false });

        var facts = ActivityFactsReader.FromRow(Read(org, Activity.PhoneCall, id));

        Assert.False(facts.IsOutgoing);
    }

    [Fact]
    public void ImportedMigratedNote_ReadsImportMarkersAndHasNoState()
    {
        using var org = new CaptureOrganization();
        var original = CaptureOrganization.Start.AddYears(-2);
        var id = org.SystemService.Create(new Entity(Annotation.EntityName) { ["subject"] = "Old note", [RecordColumns.ImportSequenceNumber] = 12, [RecordColumns.OverriddenCreatedOn] = original });

        var facts = ActivityFactsReader.FromRow(Read(org, Annotation.EntityName, id));

        // A migrated row takes the override as createdon and keeps the real creation time in overriddencreatedon.
        Assert.Equal((SourceTable.Note, 12, original, CaptureOrganization.Start), (facts.Table, facts.ImportSequenceNumber, facts.CreatedOn, facts.OverriddenCreatedOn));
    }

    [Theory]
    [InlineData(Opportunity.StateWon, RecordState.Won)]
    [InlineData(Opportunity.StateLost, RecordState.Lost)]
    public void OpportunityState_IsReadAsWonOrLost(int stateCode, RecordState expected)
    {
        var row = new Entity(Opportunity.EntityName, Guid.NewGuid()) { [RecordColumns.StateCode] = new OptionSetValue(stateCode) };

        var facts = ActivityFactsReader.FromRow(row);

        Assert.Equal(expected, facts.State);
    }

    [Fact]
    public void TeamOwnedRow_ReadsTheOwnerAsATeam()
    {
        var row = new Entity(Activity.Email, Guid.NewGuid()) { [RecordColumns.OwnerId] = new EntityReference(Team.EntityName, Guid.NewGuid()) };

        var facts = ActivityFactsReader.FromRow(row);

        Assert.True(facts.Owner!.IsTeam);
    }

    [Fact]
    public void RowOfATableCaptureDoesNotRead_FailsNamingTheTables()
    {
        var row = new Entity("account", Guid.NewGuid());

        var error = Assert.Throws<ArgumentException>(() => ActivityFactsReader.FromRow(row));

        Assert.Contains("task, phonecall, appointment, email, annotation, opportunity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnWithTheWrongType_FailsNamingTheColumnAndRow()
    {
        var row = new Entity(Activity.Task, Guid.NewGuid()) { [RecordColumns.CreatedOn] = "yesterday" };

        var error = Assert.Throws<InvalidOperationException>(() => ActivityFactsReader.FromRow(row));

        Assert.Contains($"Column createdon of task {row.Id}", error.Message, StringComparison.Ordinal);
    }

    private static Entity Read(CaptureOrganization org, string table, Guid id) =>
        org.SystemService.Retrieve(table, id, new ColumnSet(SourceTables.CreditFactsOf(SourceTables.Find(table)!.Value).Split(',')));
}
