using System.Linq;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class LinkEntityTests
{
    [Fact]
    public void InnerJoin_KeepsOnlyRowsWithAMatch()
    {
        using var org = new TestOrganization();
        SeedRegarding(org.Service);
        var query = Queries.Tasks();
        query.AddLink("opportunity", "regardingobjectid", "opportunityid");

        var subjects = org.Service.Subjects(query);

        Assert.Equal(["About big", "About small"], subjects);
    }

    [Fact]
    public void LeftOuterJoin_KeepsRowsWithoutAMatch()
    {
        using var org = new TestOrganization();
        SeedRegarding(org.Service);
        var query = Queries.Tasks();
        query.AddLink("opportunity", "regardingobjectid", "opportunityid", JoinOperator.LeftOuter).Columns = new ColumnSet("name");

        var result = org.Service.RetrieveMultiple(query);

        Assert.Equal(3, result.Entities.Count);
        Assert.Single(result.Entities, e => !e.Contains("opportunity1.name"));
    }

    [Fact]
    public void LinkColumns_ComeBackAsAliasedValues()
    {
        using var org = new TestOrganization();
        SeedRegarding(org.Service);
        var query = Queries.Tasks(new ConditionExpression("subject", ConditionOperator.Equal, "About big"));
        var link = query.AddLink("opportunity", "regardingobjectid", "opportunityid");
        link.EntityAlias = "opp";
        link.Columns = new ColumnSet("name", "estimatedvalue");

        var aliased = (AliasedValue)Assert.Single(org.Service.RetrieveMultiple(query).Entities)["opp.estimatedvalue"];

        Assert.Equal("opportunity", aliased.EntityLogicalName);
        Assert.Equal("estimatedvalue", aliased.AttributeLogicalName);
        Assert.Equal(new Money(1000m), aliased.Value);
    }

    [Fact]
    public void LinkCriteria_FilterTheJoinedRows()
    {
        using var org = new TestOrganization();
        SeedRegarding(org.Service);
        var query = Queries.Tasks();
        query.AddLink("opportunity", "regardingobjectid", "opportunityid").LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Big");

        var subjects = org.Service.Subjects(query);

        Assert.Equal(["About big"], subjects);
    }

    [Fact]
    public void OuterFilterOnLinkAlias_FiltersByLinkedColumn()
    {
        using var org = new TestOrganization();
        SeedRegarding(org.Service);
        var query = Queries.Tasks();
        query.AddLink("opportunity", "regardingobjectid", "opportunityid", JoinOperator.LeftOuter).EntityAlias = "opp";
        query.Criteria.AddCondition("opp", "name", ConditionOperator.Null);

        var subjects = org.Service.Subjects(query);

        Assert.Equal(["About nothing"], subjects);
    }

    [Fact]
    public void OrderOnLinkedColumn_SortsAndReturnsNoCookie()
    {
        using var org = new TestOrganization();
        SeedRegarding(org.Service);
        var query = Queries.Tasks();
        var link = query.AddLink("opportunity", "regardingobjectid", "opportunityid");
        link.EntityAlias = "opp";
        query.Orders.Add(new OrderExpression("name", OrderType.Descending, null, "opp"));

        var result = org.Service.RetrieveMultiple(query);

        Assert.Equal(["About small", "About big"], result.Entities.Select(e => e["subject"]));
        Assert.Null(result.PagingCookie);
    }

    private static void SeedRegarding(IOrganizationService service)
    {
        var big = service.Create(new Entity("opportunity") { ["name"] = "Big", ["estimatedvalue"] = new Money(1000m) });
        var small = service.Create(new Entity("opportunity") { ["name"] = "Small" });
        service.Create(A.Task().WithSubject("About big").With("regardingobjectid", new EntityReference("opportunity", big)).Build());
        service.Create(A.Task().WithSubject("About small").With("regardingobjectid", new EntityReference("opportunity", small)).Build());
        service.Create(A.Task().WithSubject("About nothing").Build());
    }
}
