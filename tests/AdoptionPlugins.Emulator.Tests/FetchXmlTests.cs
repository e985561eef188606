using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class FetchXmlTests
{
    [Fact]
    public void OrFilterWithInOnChoice_ReturnsRowsMatchingEither()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("low").With("prioritycode", new OptionSetValue(0)).Build());
        org.Service.Create(A.Task().WithSubject("normal").With("prioritycode", new OptionSetValue(1)).Build());
        org.Service.Create(A.Task().WithSubject("high").With("prioritycode", new OptionSetValue(2)).Build());

        var subjects = org.Service.Subjects(Fetch("""
            <filter type="or">
              <condition attribute="subject" operator="eq" value="low" />
              <condition attribute="prioritycode" operator="in"><value>2</value></condition>
            </filter>
            """));

        Assert.Equal(["high", "low"], subjects);
    }

    [Fact]
    public void BetweenOnWholeNumber_ConvertsValuesFromText()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("short").Taking(5).Build());
        org.Service.Create(A.Task().WithSubject("medium").Taking(15).Build());
        org.Service.Create(A.Task().WithSubject("long").Taking(60).Build());

        var subjects = org.Service.Subjects(Fetch("""
            <filter><condition attribute="actualdurationminutes" operator="between"><value>10</value><value>20</value></condition></filter>
            """));

        Assert.Equal(["medium"], subjects);
    }

    [Fact]
    public void NestedFiltersWithLikeNullAndDate_CombineAsWritten()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("Call Ada").DueOn(new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc)).Build());
        org.Service.Create(A.Task().WithSubject("Call Bob").DueOn(new DateTime(2026, 2, 5, 9, 0, 0, DateTimeKind.Utc)).Build());
        org.Service.Create(A.Task().WithSubject("Call Cy").Build());
        org.Service.Create(A.Task().WithSubject("Email Di").Build());

        var subjects = org.Service.Subjects(Fetch("""
            <filter type="and">
              <condition attribute="subject" operator="begins-with" value="call" />
              <filter type="or">
                <condition attribute="scheduledend" operator="on-or-after" value="2026-03-01T00:00:00Z" />
                <condition attribute="scheduledend" operator="null" />
              </filter>
            </filter>
            """));

        Assert.Equal(["Call Ada", "Call Cy"], subjects);
    }

    [Fact]
    public void EqUserIdOnOwner_ReturnsOnlyTheCallersRows()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Create(A.Task().WithSubject("mine").OwnedBy(org.UserId).Build());
        org.Service.Create(A.Task().WithSubject("theirs").OwnedBy(other).Build());

        var subjects = org.Service.Subjects(Fetch("""<filter><condition attribute="ownerid" operator="eq-userid" /></filter>"""));

        Assert.Equal(["mine"], subjects);
    }

    [Fact]
    public void LinkEntityWithAlias_ReturnsLinkColumnsAsAliasDotColumn()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().OwnedBy(org.UserId).Build());

        var task = org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch><entity name="task"><attribute name="subject" />
              <link-entity name="systemuser" from="systemuserid" to="ownerid" alias="owner"><attribute name="firstname" /></link-entity>
            </entity></fetch>
            """)).Entities.Single();

        var aliased = task.GetAttributeValue<AliasedValue>("owner.firstname");
        Assert.Equal(("systemuser", "firstname", "Ada"), (aliased.EntityLogicalName, aliased.AttributeLogicalName, aliased.Value));
    }

    [Fact]
    public void AttributeAlias_ReturnsColumnAsAliasedValueUnderTheAlias()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("Renew").Build());

        var task = org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch><entity name="task"><attribute name="subject" alias="title" /></entity></fetch>
            """)).Entities.Single();

        Assert.Equal("Renew", task.GetAttributeValue<AliasedValue>("title").Value);
        Assert.False(task.Contains("subject"));
    }

    [Fact]
    public void ConditionWithEntityName_FiltersOnTheLinkedTable()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Update(new Entity("systemuser", other) { ["firstname"] = "Grace" });
        org.Service.Create(A.Task().WithSubject("Ada's").OwnedBy(org.UserId).Build());
        org.Service.Create(A.Task().WithSubject("Grace's").OwnedBy(other).Build());

        var subjects = org.Service.Subjects(Fetch("""
            <link-entity name="systemuser" from="systemuserid" to="ownerid" alias="owner" link-type="outer" />
            <filter><condition entityname="owner" attribute="firstname" operator="eq" value="Grace" /></filter>
            """));

        Assert.Equal(["Grace's"], subjects);
    }

    [Fact]
    public void OrderDescendingWithTop_ReturnsFirstRowsInThatOrder()
    {
        using var org = new TestOrganization();
        foreach (var subject in new[] { "b", "d", "a", "c" })
        {
            org.Service.Create(A.Task().WithSubject(subject).Build());
        }

        var result = org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch top="2"><entity name="task"><attribute name="subject" /><order attribute="subject" descending="true" /></entity></fetch>
            """));

        Assert.Equal(["d", "c"], result.Entities.Select(e => e.GetAttributeValue<string>("subject")));
    }

    [Fact]
    public void TwelveThousandRowsPagedWithFetchCookie_EachReturnedExactlyOnce()
    {
        using var org = new TestOrganization();
        var created = Enumerable.Range(0, 12_000).Select(_ => org.Service.Create(A.Task().Build())).ToList();
        var seen = new List<Guid>();
        string? cookie = null;

        var page = 1;
        for (var more = true; more; page++)
        {
            var result = org.Service.RetrieveMultiple(new FetchExpression(PageXml(page, cookie)));
            seen.AddRange(result.Entities.Select(e => e.Id));
            (cookie, more) = (result.PagingCookie, result.MoreRecords);
        }

        Assert.Equal(4, page);
        Assert.Equal(created.Order(), seen.Order());
    }

    [Fact]
    public void CountAboveFiveThousand_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();

        var query = new FetchExpression("""<fetch count="5001"><entity name="task" /></fetch>""");

        FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void TopWithCount_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();

        var query = new FetchExpression("""<fetch top="5" count="5"><entity name="task" /></fetch>""");

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.RetrieveMultiple(query));
        Assert.Contains("top", fault.Message, StringComparison.Ordinal);
    }

    private static FetchExpression Fetch(string inner) =>
        new($"""<fetch><entity name="task"><attribute name="subject" />{inner}</entity></fetch>""");

    // The cookie travels XML-escaped inside the paging-cookie attribute, as clients send it.
    private static string PageXml(int page, string? cookie)
    {
        var fetch = new XElement("fetch", new XAttribute("count", 5000), new XAttribute("page", page), new XElement("entity", new XAttribute("name", "task")));
        if (cookie is not null)
        {
            fetch.Add(new XAttribute("paging-cookie", cookie));
        }

        return fetch.ToString();
    }
}
