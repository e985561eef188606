using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class QueryByAttributeTests
{
    [Fact]
    public void AttributeValues_MatchEqualRows()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("Wanted").Taking(5).Build());
        org.Service.Create(A.Task().WithSubject("Wanted").Taking(6).Build());
        var query = new QueryByAttribute("task") { ColumnSet = new ColumnSet("subject") };
        query.AddAttributeValue("subject", "wanted");
        query.AddAttributeValue("actualdurationminutes", 5);

        var subjects = org.Service.Subjects(query);

        Assert.Equal(["Wanted"], subjects);
    }

    [Fact]
    public void NoAttributes_FaultsQueryBuilderByAttributeNonEmpty()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderByAttributeNonEmpty, () => org.Service.RetrieveMultiple(new QueryByAttribute("task") { ColumnSet = new ColumnSet() }));

        Assert.Contains("QueryByAttribute", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreAttributesThanValues_FaultsQueryBuilderByAttributeMismatch()
    {
        using var org = new TestOrganization();
        var query = new QueryByAttribute("task") { ColumnSet = new ColumnSet() };
        query.Attributes.Add("subject");

        FaultAssert.Throws(ErrorCodes.QueryBuilderByAttributeMismatch, () => org.Service.RetrieveMultiple(query));
    }
}
