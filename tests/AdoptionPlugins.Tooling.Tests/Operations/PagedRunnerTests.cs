using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Operations;
using AdoptionPlugins.Tooling.Tests.Deployment.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Operations;

public class PagedRunnerTests
{
    private static readonly Dictionary<string, int> Written = new() { [AdoptionActions.SignalsWritten] = 5, [AdoptionActions.DaysWritten] = 2 };

    [Fact]
    public async Task ThrottledPage_WaitsTheRetryAfterTheServerSentThenGoesOn()
    {
        var pages = FakePagedAction.Of(3, Written) with { ThrottledPage = 2, ThrottledTimes = 2 };
        await using var fake = await FakeWebApi.StartAsync(Serving(pages) with { RetryAfterSeconds = 7 });
        var time = new FastForwardTimeProvider();

        var report = await RunAsync(fake, time, CancellationToken.None);

        Assert.True(report.Completed);
        Assert.Equal(15, report.Total(AdoptionActions.SignalsWritten));
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], time.Waits);
    }

    [Fact]
    public async Task ThrottlingStormOnAPage_StopsWithThatPagesCursor()
    {
        var pages = FakePagedAction.Of(3, Written) with { ThrottledPage = 2, ThrottledTimes = 1000 };
        await using var fake = await FakeWebApi.StartAsync(Serving(pages) with { RetryAfterSeconds = 30 });

        var report = await RunAsync(fake, new FastForwardTimeProvider(), CancellationToken.None);

        Assert.Equal(DataverseFailure.Throttled, report.Failure?.Failure);
        Assert.Equal((1, FakePagedAction.CursorOf(2)), (report.Pages.Count, report.ResumeCursor));
    }

    [Fact]
    public async Task StoppedAfterTheFirstPage_KeepsTheCursorOfTheNext()
    {
        await using var fake = await FakeWebApi.StartAsync(Serving(FakePagedAction.Of(3, Written)));
        using var stop = new CancellationTokenSource();

        var report = await RunAsync(fake, new FastForwardTimeProvider(), stop.Token, _ => stop.Cancel());

        Assert.True(report.StoppedByUser);
        Assert.Equal((1, FakePagedAction.CursorOf(2)), (report.Pages.Count, report.ResumeCursor));
    }

    [Fact]
    public async Task HasMoreWithoutANewCursor_StopsInsteadOfAskingAgain()
    {
        await using var fake = await FakeWebApi.StartAsync(Serving(FakePagedAction.Of(3, Written) with { CursorlessPage = 2 }));

        var report = await RunAsync(fake, new FastForwardTimeProvider(), CancellationToken.None);

        Assert.Contains("answered HasMore without a new NextCursor", report.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal((1, FakePagedAction.CursorOf(2)), (report.Pages.Count, report.ResumeCursor));
        Assert.Equal(2, fake.State.ActionCalls.Count);
    }

    private static FakeScenario Serving(FakePagedAction pages) =>
        new() { Actions = new Dictionary<string, FakePagedAction> { [AdoptionActions.Reconcile.UniqueName] = pages } };

    private static async Task<PagedRunReport> RunAsync(FakeWebApi fake, TimeProvider time, CancellationToken cancellationToken, Action<string>? progress = null)
    {
        var backfill = BackfillOperation.Create("2025-01-01", "2025-01-31", pageSize: null, cursor: null, today: new DateOnly(2025, 6, 1));
        using var api = new DataverseWebApi(fake.Url, new StaticTokenProvider(FakeScenario.GoodToken, "a test token"), new DataverseWebApiOptions { Time = time });
        return await PagedRunner.RunAsync(api, backfill, progress ?? (_ => { }), cancellationToken);
    }
}
