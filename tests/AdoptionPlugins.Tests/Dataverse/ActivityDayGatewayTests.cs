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

public class ActivityDayGatewayTests
{
    private static readonly LocalDayRange November = new(new DateTime(2026, 11, 1), new DateTime(2026, 11, 30));

    [Fact]
    public void DayUpsertedTwice_IsOneRowWithTheLatestCountsOwnedByTheUser()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var gateway = new ActivityDayGateway(org.SystemService);

        gateway.Upsert(DayOf(rep, 1));
        gateway.Upsert(DayOf(rep, 2));

        var row = Assert.Single(org.SystemService.RetrieveMultiple(new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(true) }).Entities);
        Assert.Equal((2, rep, new DateTime(2026, 11, 25)), (row.GetAttributeValue<int>(ActivityDay.TotalCount), row.GetAttributeValue<EntityReference>(ActivityDay.OwnerId).Id, row.GetAttributeValue<DateTime>(ActivityDay.Day)));
    }

    [Fact]
    public void ReadStored_ReturnsStoredDaysPerUserWithinTheRange()
    {
        using var org = new CaptureOrganization();
        var (rep, other) = (org.CreateUser("Riley Rep"), org.CreateUser("Olli Other"));
        var gateway = new ActivityDayGateway(org.SystemService);
        gateway.Upsert(DayOf(rep, 1));
        gateway.Upsert(DayOf(other, 1));

        var stored = gateway.ReadStored([rep], November);

        Assert.Equal([new DateTime(2026, 11, 25)], stored.DaysOf(rep));
        Assert.Empty(stored.DaysOf(other));
    }

    [Fact]
    public void ReadStored_LeavesOutDaysOutsideTheRange()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        new ActivityDayGateway(org.SystemService).Upsert(DayOf(rep, 1));

        var stored = new ActivityDayGateway(org.SystemService).ReadStored([rep], new LocalDayRange(new DateTime(2026, 12, 1), new DateTime(2026, 12, 31)));

        Assert.Empty(stored.DaysOf(rep));
    }

    [Fact]
    public void StoredDay_HoldsTheSameRollUpButNotAChangedOne()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var gateway = new ActivityDayGateway(org.SystemService);
        gateway.Upsert(DayOf(rep, 2));

        var stored = gateway.ReadStored([rep], November);

        Assert.True(stored.Holds(DayOf(rep, 2)));
        Assert.False(stored.Holds(DayOf(rep, 3)));
    }

    private static ActivityDayRecord DayOf(Guid userId, int tasks)
    {
        var user = new UserFacts(userId, "Riley Rep");
        var signals = Enumerable.Range(0, tasks).Select(i =>
        {
            var id = Guid.NewGuid();
            return new Signal(userId, SignalKind.Task, SignalEvent.Logged, CreditReason.InitiatingUser, CaptureOrganization.Start.AddMinutes(i), SourceTable.Task, id, SourceKeys.Of(SourceTable.Task, id, "logged"));
        });
        return ActivityRollUp.RollUp(user, FixedOffsetZone.Utc, signals, new UserDirectory(user), November).Single();
    }
}
