using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Every query form leaves out the rows the caller cannot read, for the root table and for linked tables alike.
public sealed class QueryFilteringTests
{
    private static readonly SecurityRole LocalTaskReader = A.Role().Granting("task", PrivilegeDepth.Local, AccessRight.Read).Build();

    [Fact]
    public void FetchXml_ReturnsOnlyReadableRows()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, LocalTaskReader);

        var subjects = tree.AsReader.Subjects(new FetchExpression("""<fetch><entity name="task"><attribute name="subject" /></entity></fetch>"""));

        Assert.Equal(["colleague", "mine"], subjects);
    }

    [Fact]
    public void QueryByAttribute_ReturnsOnlyReadableRows()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, LocalTaskReader);
        var query = new QueryByAttribute("task") { ColumnSet = new ColumnSet("subject") };
        query.AddAttributeValue("statecode", 0);

        var subjects = tree.AsReader.Subjects(query);

        Assert.Equal(["colleague", "mine"], subjects);
    }

    [Fact]
    public void FetchAggregate_CountsOnlyReadableRows()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, LocalTaskReader);
        var fetch = """<fetch aggregate="true"><entity name="task"><attribute name="activityid" alias="tasks" aggregate="count" /></entity></fetch>""";

        var result = tree.AsReader.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

        Assert.Equal(2, result.GetAttributeValue<AliasedValue>("tasks").Value);
    }

    [Fact]
    public void FilterOnAnUnreadableRowsColumn_DoesNotRevealIt()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, LocalTaskReader);

        var result = tree.AsReader.RetrieveMultiple(Queries.Tasks(new ConditionExpression("activityid", ConditionOperator.Equal, tree.Tasks["north"])));

        Assert.Empty(result.Entities);
    }

    [Fact]
    public void InnerJoinToUnreadableRows_DropsTheirParents()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read).Granting("systemuser", PrivilegeDepth.Basic, AccessRight.Read).Build());
        var query = Queries.Tasks();
        query.AddLink("systemuser", "ownerid", "systemuserid");

        var subjects = tree.AsReader.Subjects(query);

        Assert.Equal(["mine"], subjects);
    }

    [Fact]
    public void OuterJoinToUnreadableRows_KeepsParentsWithoutLinkedColumns()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read).Granting("systemuser", PrivilegeDepth.Basic, AccessRight.Read).Build());
        var query = Queries.Tasks();
        query.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter).Columns = new ColumnSet("domainname");

        var tasks = tree.AsReader.RetrieveMultiple(query).Entities;

        Assert.Equal(5, tasks.Count);
        Assert.Equal(["mine"], tasks.Where(t => t.Contains("systemuser1.domainname")).Select(t => t.GetAttributeValue<string>("subject")));
    }

    [Fact]
    public void LinkToATableWithoutReadPrivilege_Faults()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, LocalTaskReader);
        var query = Queries.Tasks();
        query.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter);

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => tree.AsReader.RetrieveMultiple(query));

        Assert.Contains("is missing prvReadUser privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PagedQuery_PagesOverReadableRowsOnly()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, LocalTaskReader);
        var query = Queries.Tasks();
        query.PageInfo = new PagingInfo { Count = 1, PageNumber = 1, ReturnTotalRecordCount = true };

        var page = tree.AsReader.RetrieveMultiple(query);

        Assert.Equal((1, 2, true), (page.Entities.Count, page.TotalRecordCount, page.MoreRecords));
    }
}
