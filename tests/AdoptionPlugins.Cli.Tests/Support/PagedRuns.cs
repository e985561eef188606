using System.Collections.Generic;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Operations;

namespace AdoptionPlugins.Cli.Tests.Support;

/// <summary>Fake environments whose paged custom APIs answer scripted pages, and a way to run backfill or evaluate against them.</summary>
public static class PagedRuns
{
    public static readonly IReadOnlyDictionary<string, int> EvaluationPage = new Dictionary<string, int>
    {
        [AdoptionActions.Evaluated] = 10,
        [AdoptionActions.QuickWinsRaised] = 1,
        [AdoptionActions.MessagesSent] = 0,
        [AdoptionActions.MessagesHeld] = 2,
    };

    public static readonly IReadOnlyDictionary<string, int> ReconcilePage = new Dictionary<string, int>
    {
        [AdoptionActions.SignalsWritten] = 40,
        [AdoptionActions.DaysWritten] = 7,
    };

    /// <summary>An environment whose evaluation answers <paramref name="pages"/> pages of <see cref="EvaluationPage"/>.</summary>
    public static FakeScenario Evaluation(int pages) => Serving(AdoptionActions.Evaluate, FakePagedAction.Of(pages, EvaluationPage));

    /// <summary>An environment whose reconcile answers <paramref name="pages"/> pages of <see cref="ReconcilePage"/>.</summary>
    public static FakeScenario Reconcile(int pages) => Serving(AdoptionActions.Reconcile, FakePagedAction.Of(pages, ReconcilePage));

    public static FakeScenario Serving(PagedAction action, FakePagedAction pages) =>
        new() { Actions = new Dictionary<string, FakePagedAction> { [action.UniqueName] = pages } };

    /// <summary>Runs <paramref name="verb"/> against the fake, signed in with the token it accepts.</summary>
    public static (int ExitCode, string Output, string Error) Run(FakeWebApi fake, string verb, params string[] options) =>
        DeployCli.Run(DeployCli.GoodToken, [verb, "--url", fake.Url.ToString(), "--auth", "token", .. options]);
}
