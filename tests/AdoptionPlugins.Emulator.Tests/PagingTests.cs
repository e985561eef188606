using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class PagingTests
{
    [Fact]
    public void TwelveThousandRowsPagedWithCookie_EachReturnedExactlyOnce()
    {
        using var org = new TestOrganization();
        var created = CreateTasks(org.Service, 12_000);
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet(), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        var seen = new List<Guid>();

        for (var more = true; more; query.PageInfo.PageNumber++)
        {
            var page = org.Service.RetrieveMultiple(query);
            seen.AddRange(page.Entities.Select(e => e.Id));
            query.PageInfo.PagingCookie = page.PagingCookie;
            more = page.MoreRecords;
        }

        Assert.Equal(4, query.PageInfo.PageNumber);
        Assert.Equal(created.Order(), seen.Order());
    }

    [Fact]
    public void NoPageInfoCount_ReturnsFiveThousandAndMoreRecords()
    {
        using var org = new TestOrganization();
        CreateTasks(org.Service, 5001);

        var page = org.Service.RetrieveMultiple(new QueryExpression("task"));

        Assert.Equal(5000, page.Entities.Count);
        Assert.True(page.MoreRecords);
    }

    [Fact]
    public void PageCountAboveFiveThousand_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var query = new QueryExpression("task") { PageInfo = new PagingInfo { Count = 5001, PageNumber = 1 } };

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.RetrieveMultiple(query));

        Assert.Contains("5001", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopCountWithSecondPage_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var query = new QueryExpression("task") { TopCount = 10, PageInfo = new PagingInfo { Count = 5, PageNumber = 2 } };

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.RetrieveMultiple(query));

        Assert.Contains("TopCount", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCookie_FaultsQueryBuilderInvalidPagingCookie()
    {
        using var org = new TestOrganization();
        var query = new QueryExpression("task") { PageInfo = new PagingInfo { Count = 5, PageNumber = 2, PagingCookie = "not a cookie" } };

        FaultAssert.Throws(ErrorCodes.QueryBuilderInvalidPagingCookie, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void PageBeyondFiftyThousandWithoutCookie_FaultsOverRetrievalLimit()
    {
        using var org = new TestOrganization();
        var query = new QueryExpression("task") { PageInfo = new PagingInfo { Count = 5000, PageNumber = 11 } };

        FaultAssert.Throws(ErrorCodes.OverRetrievalUpperLimitWithoutPagingCookie, () => org.Service.RetrieveMultiple(query));
    }

    [Fact]
    public void PageNumberWithoutCookie_SkipsEarlierPages()
    {
        using var org = new TestOrganization();
        CreateTasks(org.Service, 7);
        var query = new QueryExpression("task") { PageInfo = new PagingInfo { Count = 5, PageNumber = 2 } };

        var page = org.Service.RetrieveMultiple(query);

        Assert.Equal(2, page.Entities.Count);
        Assert.False(page.MoreRecords);
    }

    private static List<Guid> CreateTasks(IOrganizationService service, int count)
    {
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(service.Create(A.Task().Build()));
        }

        return ids;
    }
}
