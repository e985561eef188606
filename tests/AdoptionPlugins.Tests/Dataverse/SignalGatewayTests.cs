using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Tests.Dataverse;

public class SignalGatewayTests
{
    [Fact]
    public void SameSignalUpsertedTwice_IsOneRowOwnedByTheCreditedUser()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var signal = SignalFor(rep, CaptureOrganization.Start);

        new SignalGateway(org.SystemService).Upsert(signal);
        new SignalGateway(org.SystemService).Upsert(signal);

        var row = Assert.Single(AllSignalRows(org));
        Assert.Equal((signal.Id, rep), (row.Id, row.GetAttributeValue<EntityReference>(ActivitySignal.OwnerId).Id));
    }

    [Fact]
    public void Upsert_IsExactlyOneRequest()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var counting = new CountingOrganizationService(org.SystemService);

        new SignalGateway(counting).Upsert(SignalFor(rep, CaptureOrganization.Start));

        Assert.Equal(1, counting.Requests);
    }

    [Fact]
    public void StoredSignal_ReadsBackAsTheSameSignal()
    {
        using var org = new CaptureOrganization();
        var (assistant, executive) = (org.CreateUser("Ari Assistant"), org.CreateUser("Eve Executive"));
        var signal = SignalFor(assistant, CaptureOrganization.Start, onBehalfOf: executive);
        new SignalGateway(org.SystemService).Upsert(signal);

        var read = SignalRows.FromRow(Assert.Single(AllSignalRows(org)));

        Assert.Equal(Describe(signal), Describe(read));
    }

    [Fact]
    public void FindExisting_ReturnsOnlyIdsThatHaveARow()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var stored = SignalFor(rep, CaptureOrganization.Start);
        new SignalGateway(org.SystemService).Upsert(stored);

        var existing = new SignalGateway(org.SystemService).FindExisting([stored.Id, Guid.NewGuid()]);

        Assert.Equal([stored.Id], existing);
    }

    [Fact]
    public void ReadForUsers_ReturnsOwnAndOnBehalfSignalsInsideTheWindowOnly()
    {
        using var org = new CaptureOrganization();
        var (assistant, executive, other) = (org.CreateUser("Ari Assistant"), org.CreateUser("Eve Executive"), org.CreateUser("Olli Other"));
        var gateway = new SignalGateway(org.SystemService);
        var own = SignalFor(executive, CaptureOrganization.Start);
        var onBehalf = SignalFor(assistant, CaptureOrganization.Start.AddHours(1), onBehalfOf: executive);
        foreach (var signal in new[] { own, onBehalf, SignalFor(other, CaptureOrganization.Start), SignalFor(executive, CaptureOrganization.Start.AddDays(3)) })
        {
            gateway.Upsert(signal);
        }

        var read = gateway.ReadForUsers([executive], CaptureOrganization.Start, CaptureOrganization.Start.AddDays(1));

        Assert.Equal(new[] { own.Id, onBehalf.Id }.Order(), read.Select(signal => signal.Id).Order());
    }

    [Fact]
    public void RowWithAnUnknownKind_FailsNamingTheRow()
    {
        var row = SignalRows.ToRow(SignalFor(Guid.NewGuid(), CaptureOrganization.Start));
        row[ActivitySignal.Kind] = new OptionSetValue(42);

        var error = Assert.Throws<InvalidOperationException>(() => SignalRows.FromRow(row));

        Assert.Contains($"Activity signal {row.Id} cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static Signal SignalFor(Guid userId, DateTime occurredOn, Guid? onBehalfOf = null)
    {
        var taskId = Guid.NewGuid();
        return new Signal(userId, SignalKind.Task, SignalEvent.Logged, CreditReason.InitiatingUser, occurredOn, SourceTable.Task, taskId, SourceKeys.Of(SourceTable.Task, taskId, "logged"), onBehalfOf);
    }

    private static Entity[] AllSignalRows(CaptureOrganization org) =>
        org.SystemService.RetrieveMultiple(new QueryExpression(ActivitySignal.EntityName) { ColumnSet = new ColumnSet(true) }).Entities.ToArray();

    private static string Describe(Signal signal) =>
        $"{signal.Id} {signal.UserId} {signal.Kind} {signal.Event} {signal.Reason} {signal.OccurredOn:o} {signal.Table} {signal.SourceId} {signal.SourceKey} {signal.OnBehalfOfId}";
}
