using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class FetchXmlFaultTests
{
    [Theory]
    [InlineData("<fetch><entity name=\"task\">")]
    [InlineData("")]
    [InlineData("<query><entity name=\"task\" /></query>")]
    [InlineData("<fetch />")]
    [InlineData("<fetch aggregate=\"maybe\"><entity name=\"task\" /></fetch>")]
    public void MalformedFetch_FaultsInvalidXml(string xml)
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.InvalidXml, () => org.Service.RetrieveMultiple(new FetchExpression(xml)));
    }

    [Theory]
    [InlineData("<fetch><entity name=\"nosuchtable\" /></fetch>")]
    [InlineData("<fetch><entity name=\"task\"><link-entity name=\"nosuchtable\" from=\"id\" to=\"ownerid\" /></entity></fetch>")]
    public void UnknownTable_FaultsQueryBuilderNoEntity(string xml)
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.QueryBuilderNoEntity, () => org.Service.RetrieveMultiple(new FetchExpression(xml)));
    }

    [Theory]
    [InlineData("<attribute name=\"nosuchcolumn\" />")]
    [InlineData("<filter><condition attribute=\"nosuchcolumn\" operator=\"eq\" value=\"1\" /></filter>")]
    [InlineData("<order attribute=\"nosuchcolumn\" />")]
    public void UnknownColumn_FaultsQueryBuilderNoAttribute(string inner)
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => org.Service.RetrieveMultiple(Task(inner)));
    }

    [Fact]
    public void UnknownOperator_FaultsQueryBuilderInvalidConditionOperator()
    {
        using var org = new TestOrganization();

        var query = Task("<filter><condition attribute=\"subject\" operator=\"sounds-like\" value=\"x\" /></filter>");

        FaultAssert.Throws(ErrorCodes.QueryBuilderInvalidConditionOperator, () => org.Service.RetrieveMultiple(query));
    }

    [Theory]
    [InlineData("actualdurationminutes", "ten")]
    [InlineData("ownerid", "not-a-guid")]
    [InlineData("scheduledend", "yesterday-ish")]
    [InlineData("prioritycode", "1.5")]
    public void ValueThatDoesNotConvert_FaultsInvalidArgument(string column, string value)
    {
        using var org = new TestOrganization();

        var query = Task($"<filter><condition attribute=\"{column}\" operator=\"eq\" value=\"{value}\" /></filter>");

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.RetrieveMultiple(query));
        Assert.Contains(column, fault.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void FilterTypeOtherThanAndOr_FaultsQueryBuilderInvalidFilterType()
    {
        using var org = new TestOrganization();

        var query = Task("<filter type=\"xor\"><condition attribute=\"subject\" operator=\"null\" /></filter>");

        FaultAssert.Throws(ErrorCodes.QueryBuilderInvalidFilterType, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void UnknownLinkType_FaultsQueryBuilderDeserializeInvalidLinkType()
    {
        using var org = new TestOrganization();

        var query = Task("<link-entity name=\"systemuser\" from=\"systemuserid\" to=\"ownerid\" link-type=\"sideways\" />");

        FaultAssert.Throws(ErrorCodes.QueryBuilderDeserializeInvalidLinkType, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void AggregateWithoutAlias_FaultsQueryBuilderNoAlias()
    {
        using var org = new TestOrganization();

        var query = new FetchExpression("<fetch aggregate=\"true\"><entity name=\"task\"><attribute name=\"activityid\" aggregate=\"count\" /></entity></fetch>");

        FaultAssert.Throws(ErrorCodes.QueryBuilderNoAlias, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void UnknownAggregateFunction_FaultsQueryBuilderDeserializeInvalidAggregate()
    {
        using var org = new TestOrganization();

        var query = new FetchExpression("<fetch aggregate=\"true\"><entity name=\"task\"><attribute name=\"activityid\" alias=\"n\" aggregate=\"median\" /></entity></fetch>");

        FaultAssert.Throws(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void SumOfText_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();

        var query = new FetchExpression("<fetch aggregate=\"true\"><entity name=\"task\"><attribute name=\"subject\" alias=\"s\" aggregate=\"sum\" /></entity></fetch>");

        FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.RetrieveMultiple(query));
    }

    private static FetchExpression Task(string inner) => new($"<fetch><entity name=\"task\">{inner}</entity></fetch>");
}
