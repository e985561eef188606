using System;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class DataImportTests
{
    private static readonly DateTime MigratedOn = new(2025, 11, 3, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void OverriddenCreatedOn_BecomesCreatedOnAndKeepsTheRealCreationTime()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().With("overriddencreatedon", MigratedOn).With("importsequencenumber", 7).Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet("createdon", "overriddencreatedon", "importsequencenumber"));
        Assert.Equal((MigratedOn, FixedClock.Start, 7), (task["createdon"], task["overriddencreatedon"], task["importsequencenumber"]));
    }

    [Fact]
    public void ImportedActivity_TwinCarriesTheMigratedCreatedOn()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().With("overriddencreatedon", MigratedOn).Build());

        Assert.Equal(MigratedOn, org.Service.Retrieve("activitypointer", id, new ColumnSet("createdon"))["createdon"]);
    }

    [Fact]
    public void OverriddenCreatedOnInAnUpdate_IsIgnored()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        org.Service.Update(new Entity("task", id) { ["overriddencreatedon"] = MigratedOn });

        Assert.Equal(FixedClock.Start, org.Service.Retrieve("task", id, new ColumnSet("createdon"))["createdon"]);
    }
}
