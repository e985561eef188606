using System;
using System.Linq;
using System.Threading.Tasks;
using AdoptionPlugins.Cli.Tests.Support;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Operations;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class BackfillCommandTests
{
    [Fact]
    public async Task ThreePages_SendTheDaysAndSumWhatWasWritten()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Reconcile(3));

        var (exitCode, output, error) = PagedRuns.Run(fake, "backfill", "--from", "2025-01-01", "--to", "2025-03-31");

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.All(fake.State.ActionCalls, call => Assert.Equal(("2025-01-01T00:00:00Z", "2025-03-31T00:00:00Z"), (call[AdoptionActions.FromDate], call[AdoptionActions.ToDate])));
        Assert.Contains("Backfilling activity from 2025-01-01 to 2025-03-31 (90 days)", output, StringComparison.Ordinal);
        Assert.Contains("Done in 3 pages: 120 signals and 21 activity days written.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageSize_IsSentWithEveryPage()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Reconcile(2));

        PagedRuns.Run(fake, "backfill", "--from", "2025-01-01", "--to", "2025-01-31", "--page-size", "50");

        Assert.Equal(["50", "50"], fake.State.ActionCalls.Select(call => call[PagedAction.PageSize]));
    }

    [Fact]
    public async Task FailingPage_NamesTheCursorToResumeWith()
    {
        var pages = FakePagedAction.Of(3, PagedRuns.ReconcilePage) with { FailingPage = 3 };
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Serving(AdoptionActions.Reconcile, pages));

        var (exitCode, output, error) = PagedRuns.Run(fake, "backfill", "--from", "2025-01-01", "--to", "2025-01-31");

        Assert.Equal(ExitCodes.RunInterrupted, exitCode);
        Assert.Contains("Completed before it stopped, 2 pages: 80 signals and 14 activity days written.", output, StringComparison.Ordinal);
        Assert.Contains($"run the same command with --cursor {FakePagedAction.CursorOf(3)}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-01", "2025-01-31", "error: --to 2025-01-31 is before --from 2025-02-01")]
    [InlineData("2025/01/01", "2025-01-31", "error: --from \"2025/01/01\" is not a day; write it as yyyy-MM-dd")]
    [InlineData("2025-01-01", "2999-12-31", "error: --to 2999-12-31 is in the future")]
    [InlineData("2023-01-01", "2024-06-30", "is 547 days; one backfill covers at most 366 days (the limit of adopt_ReconcileActivity). Run it in parts: --from 2023-01-01 --to 2024-01-01, then --from 2024-01-02 --to 2024-06-30.")]
    public void BadDays_AreABadInputThatSaysWhatToSend(string from, string to, string problem)
    {
        var (exitCode, _, error) = DeployCli.Run(DeployCli.GoodToken, "backfill", "--url", "https://contoso.crm4.dynamics.com", "--auth", "token", "--from", from, "--to", to);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDays_AreABadInput()
    {
        var (exitCode, _, error) = DeployCli.Run(DeployCli.GoodToken, "backfill", "--url", "https://contoso.crm4.dynamics.com", "--auth", "token", "--from", "2025-01-01");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("--to", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingUrl_IsABadInputThatSaysWhereToFindIt()
    {
        var (exitCode, _, error) = DeployCli.Run(DeployCli.GoodToken, "backfill", "--auth", "token", "--from", "2025-01-01", "--to", "2025-01-31");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("error: --url is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsBothEnvironmentVerbs()
    {
        var (exitCode, output, _) = CliRun.Of("--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("backfill", output, StringComparison.Ordinal);
        Assert.Contains("evaluate", output, StringComparison.Ordinal);
    }
}
