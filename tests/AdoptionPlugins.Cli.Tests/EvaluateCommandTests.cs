using System;
using System.Linq;
using System.Threading.Tasks;
using AdoptionPlugins.Cli.Tests.Support;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Operations;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class EvaluateCommandTests
{
    private static readonly Guid Alice = Guid.Parse("6f1d2a5e-0c4b-4e8a-9d3f-1b2c3d4e5f60");

    [Fact]
    public async Task ThreePages_AreCalledWithEachNextCursorAndSummed()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(3));

        var (exitCode, output, error) = PagedRuns.Run(fake, "evaluate");

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Equal([null, FakePagedAction.CursorOf(2), FakePagedAction.CursorOf(3)], fake.State.ActionCalls.Select(call => call[PagedAction.Cursor]));
        Assert.Contains("Page 3: 10 users evaluated, 1 quick win raised, 0 messages sent, 2 messages only logged", output, StringComparison.Ordinal);
        Assert.Contains("Done in 3 pages: 30 users evaluated, 3 quick wins raised, 0 messages sent, 6 messages only logged.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendingOff_SaysPlainlyThatMessagesWereOnlyLogged()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(1));

        var (_, output, _) = PagedRuns.Run(fake, "evaluate");

        Assert.Contains("Sending is off (adopt_SendingEnabled = not set): messages due are only logged, nothing is sent.", output, StringComparison.Ordinal);
        Assert.Contains("Sending is off, so no message was sent: the messages due were only logged.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendingOn_CountsHeldMessagesAsHeldBack()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(1));
        fake.State.Variables[AdoptionActions.SendingSwitch] = new FakeVariable(Guid.NewGuid(), AdoptionActions.SendingSwitch, "no") { ValueId = Guid.NewGuid(), Value = "yes" };

        var (_, output, _) = PagedRuns.Run(fake, "evaluate");

        Assert.Contains("Sending is ON (adopt_SendingEnabled = yes)", output, StringComparison.Ordinal);
        Assert.Contains("2 messages held back (the message log says why)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("only logged", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendingSwitchUnreadable_RunsAndSaysItCannotTell()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(1) with { VariablesForbidden = true });

        var (exitCode, output, _) = PagedRuns.Run(fake, "evaluate");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Could not read adopt_SendingEnabled (no privilege to read environment variables)", output, StringComparison.Ordinal);
        Assert.Contains("2 messages not sent (held back, or only logged while sending is off)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_IsSentWithEveryPage()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(2));

        var (exitCode, output, _) = PagedRuns.Run(fake, "evaluate", "--dry-run");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.All(fake.State.ActionCalls, call => Assert.Equal("true", call[AdoptionActions.DryRun]));
        Assert.Contains("Dry run: no message was sent", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserByEmail_IsLookedUpAndSentAsTheirId()
    {
        var scenario = PagedRuns.Evaluation(1) with { Users = [new FakeUser(Alice, "Alice Martin", "alice@contoso.com", "alice.martin@contoso.com")] };
        await using var fake = await FakeWebApi.StartAsync(scenario);

        var (exitCode, output, _) = PagedRuns.Run(fake, "evaluate", "--user", "alice.martin@contoso.com");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"User: Alice Martin (alice@contoso.com, {Alice})", output, StringComparison.Ordinal);
        Assert.Equal(Alice.ToString(), fake.State.ActionCalls.Single()[AdoptionActions.UserId]);
    }

    [Fact]
    public async Task UnknownUserEmail_IsABadInputAndEvaluatesNoOne()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(1));

        var (exitCode, _, error) = PagedRuns.Run(fake, "evaluate", "--user", "nobody@contoso.com");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("--user nobody@contoso.com: no user in", error, StringComparison.Ordinal);
        Assert.Empty(fake.State.ActionCalls);
    }

    [Fact]
    public async Task TeamId_IsSentAndNoUser()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(1));

        var (exitCode, output, _) = PagedRuns.Run(fake, "evaluate", "--team", Alice.ToString());

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"Evaluating adoption for the members of team {Alice}", output, StringComparison.Ordinal);
        Assert.Equal((Alice.ToString(), null), (fake.State.ActionCalls.Single()[AdoptionActions.TeamId], fake.State.ActionCalls.Single()[AdoptionActions.UserId]));
    }

    [Theory]
    [InlineData("--user", "alice@contoso.com", "--team", "6f1d2a5e-0c4b-4e8a-9d3f-1b2c3d4e5f60", "--user and --team exclude each other")]
    [InlineData("--team", "Sales", "--dry-run", "true", "--team \"Sales\" is not a team id")]
    [InlineData("--user", "alice", "--dry-run", "true", "--user \"alice\" is neither a user id (a GUID) nor a sign-in name or email")]
    [InlineData("--page-size", "501", "--dry-run", "true", "--page-size must be between 1 and 500, not 501")]
    [InlineData("--cursor", " ", "--dry-run", "true", "--cursor is empty")]
    public void BadScope_IsABadInputBeforeAnyCall(string option, string value, string other, string otherValue, string problem)
    {
        var (exitCode, _, error) = DeployCli.Run(DeployCli.GoodToken, "evaluate", "--url", "https://contoso.crm4.dynamics.com", "--auth", "token", option, value, other, otherValue);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingPage_NamesTheErrorAndTheCursorToResumeWith()
    {
        var pages = FakePagedAction.Of(3, PagedRuns.EvaluationPage) with { FailingPage = 2, FailureMessage = "Queue not found." };
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Serving(AdoptionActions.Evaluate, pages));

        var (exitCode, output, error) = PagedRuns.Run(fake, "evaluate");

        Assert.Equal(ExitCodes.RunInterrupted, exitCode);
        Assert.Contains("Page 1: 10 users evaluated", output, StringComparison.Ordinal);
        Assert.Contains("error: page 2 of adopt_EvaluateAdoption failed: Dataverse answered 400 Bad Request while running page 2 of adopt_EvaluateAdoption: Queue not found. (error 0x80040265)", error, StringComparison.Ordinal);
        Assert.Contains($"To resume at page 2, run the same command with --cursor {FakePagedAction.CursorOf(2)}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cursor_ResumesAtThePageItNames()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(3));

        var (exitCode, output, _) = PagedRuns.Run(fake, "evaluate", "--cursor", FakePagedAction.CursorOf(2));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal([FakePagedAction.CursorOf(2), FakePagedAction.CursorOf(3)], fake.State.ActionCalls.Select(call => call[PagedAction.Cursor]));
        Assert.Contains($"Evaluating adoption for everyone, resuming from cursor {FakePagedAction.CursorOf(2)}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottledPage_IsRetriedAndTheRunCompletes()
    {
        var pages = FakePagedAction.Of(3, PagedRuns.EvaluationPage) with { ThrottledPage = 2, ThrottledTimes = 2 };
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Serving(AdoptionActions.Evaluate, pages) with { RetryAfterSeconds = 0 });

        var (exitCode, output, _) = PagedRuns.Run(fake, "evaluate");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(5, fake.State.ActionCalls.Count);
        Assert.Contains("Dataverse asked to slow down while running page 2 of adopt_EvaluateAdoption (0x80072322)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedSignIn_ExitsWithNotSignedIn()
    {
        await using var fake = await FakeWebApi.StartAsync(PagedRuns.Evaluation(1));
        var expired = new System.Collections.Generic.Dictionary<string, string> { ["DATAVERSE_ACCESS_TOKEN"] = "expired" };

        var (exitCode, _, error) = DeployCli.Run(expired, "evaluate", "--url", fake.Url.ToString(), "--auth", "token");

        Assert.Equal(ExitCodes.NotSignedIn, exitCode);
        Assert.Contains("(401 Unauthorized)", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was done.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheOptionsAndExitCodes()
    {
        var (exitCode, output, _) = CliRun.Of("evaluate", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var option in new[] { "--url", "--auth", "--dry-run", "--user", "--team", "--page-size", "--cursor", "7 a page failed" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
