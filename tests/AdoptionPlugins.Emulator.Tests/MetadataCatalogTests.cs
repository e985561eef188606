using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class MetadataCatalogTests
{
    private static readonly HashSet<string> SystemColumnNames =
        ["createdon", "modifiedon", "createdby", "modifiedby", "createdonbehalfby", "modifiedonbehalfby", "versionnumber", "ownerid", "owningbusinessunit"];

    [Theory]
    [InlineData("task")]
    [InlineData("opportunity")]
    [InlineData("appnotification")]
    public void UserOwnedStandardTable_HasTheSystemColumns(string table)
    {
        var catalog = MetadataCatalog.CreateStandard();

        var columns = catalog.GetTable(table).Columns.Select(c => c.LogicalName).ToHashSet();

        Assert.Superset(SystemColumnNames, columns);
    }

    [Fact]
    public void DelegateStampSentByTheCaller_IsIgnored()
    {
        using var org = new TestOrganization();
        var task = A.Task().Build();
        task["createdonbehalfby"] = org.User;

        var id = org.Service.Create(task);

        Assert.Null(org.Service.Retrieve("task", id, new ColumnSet("createdonbehalfby")).GetAttributeValue<EntityReference>("createdonbehalfby"));
    }

    [Fact]
    public void CustomTableAddedFromOutside_GetsSystemColumnsAndIsUsable()
    {
        var catalog = MetadataCatalog.CreateStandard();
        catalog.Add(new TableMetadata("new_thing", "new_thingid", "new_name", OwnershipType.OrganizationOwned, [ColumnMetadata.Text("new_name")]));
        using var database = new InMemoryDatabase(catalog, new FixedClock());

        var id = new EmulatedOrganizationService(database, database.SystemUserId).Create(new Entity("new_thing") { ["new_name"] = "x" });

        Assert.True(catalog.GetTable("new_thing").HasColumn("versionnumber"));
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void SameTableTwice_Throws()
    {
        var catalog = MetadataCatalog.CreateStandard();

        Assert.Throws<InvalidOperationException>(() => catalog.Add(catalog.GetTable("task")));
    }

    [Fact]
    public void TableRedefinedAfterRowsExist_KeepsRowsAndAcceptsNewColumn()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Usage().Counting(3).Build());
        var usage = org.Database.Catalog.GetTable(TestTables.Usage);
        org.Database.Catalog.AddOrReplace(usage.WithColumns([.. usage.Columns, ColumnMetadata.Text("new_extra")]));

        org.Service.Update(new Entity(TestTables.Usage, id) { ["new_extra"] = "added" });

        var row = org.Service.Retrieve(TestTables.Usage, id, new ColumnSet("new_count", "new_extra"));
        Assert.Equal(3, row["new_count"]);
        Assert.Equal("added", row["new_extra"]);
    }

    [Fact]
    public void KeyOnUnknownColumn_IsRejected()
    {
        var action = () => new TableMetadata("new_bad", "new_badid", null, OwnershipType.None, [], [new AlternateKeyMetadata("k", "new_missing")]);

        Assert.Throws<ArgumentException>(action);
    }
}
