using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class ReconcileRequestTests
{
    private static readonly DateTime First = new(2026, 11, 1);

    [Fact]
    public void NoUsersAndNoPageSize_MeansEveryUserInDefaultPages()
    {
        var request = new ReconcileRequest(null, First, First.AddDays(29));

        Assert.Equal((true, ReconcileRequest.DefaultPageSize, 30), (request.AllUsers, request.PageSize, request.Days.DayCount));
    }

    [Fact]
    public void EndBeforeStart_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReconcileRequest(null, First, First.AddDays(-1)));

        Assert.Contains("is before FromDate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeLongerThanAYear_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReconcileRequest(null, First, First.AddDays(ReconcileRequest.MaxDays)));

        Assert.Contains("at most 366 days", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ReconcileRequest.MaxPageSize + 1)]
    public void PageSizeOutsideTheBound_IsRefused(int pageSize)
    {
        var error = Assert.Throws<ArgumentException>(() => new ReconcileRequest(null, First, First, pageSize));

        Assert.Contains("send 1 to 500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyUsers_IsRefused()
    {
        var users = Enumerable.Range(0, ReconcileRequest.MaxUsers + 1).Select(_ => Guid.NewGuid()).ToList();

        var error = Assert.Throws<ArgumentException>(() => new ReconcileRequest(users, First, First));

        Assert.Contains("send at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyUserId_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReconcileRequest([Guid.Empty], First, First));

        Assert.Contains("empty id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, 33)]
    [InlineData(366, 2)]
    [InlineData(1, 250)]
    public void UsersPerRollUpPage_KeepUserDaysNearAThousand(int days, int expectedUsers)
    {
        var request = new ReconcileRequest(null, First, First.AddDays(days - 1));

        Assert.Equal(expectedUsers, request.UsersPerPage);
    }

    [Fact]
    public void SameUsersInAnotherOrder_IsTheSameRun()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var first = new ReconcileRequest([a, b], First, First);

        Assert.Equal(first.Fingerprint, new ReconcileRequest([b, a, a], First, First).Fingerprint);
    }
}
