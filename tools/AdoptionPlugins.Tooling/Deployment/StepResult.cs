using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>What one step did or would do, in words: a one-line summary, detail lines, and what a person should do next when anything is left.</summary>
public sealed record StepResult(StepStatus Status, string Summary)
{
    public IReadOnlyList<string> Details { get; init; } = [];

    public IReadOnlyList<string> NextSteps { get; init; } = [];

    public bool StopsTheRun => Status is StepStatus.Failed or StepStatus.TimedOut;

    public static StepResult Done(string summary, params IReadOnlyList<string> details) => new(StepStatus.Done, summary) { Details = details };

    public static StepResult WouldChange(string summary, params IReadOnlyList<string> details) => new(StepStatus.WouldChange, summary) { Details = details };

    public static StepResult NothingToDo(string summary, params IReadOnlyList<string> details) => new(StepStatus.NothingToDo, summary) { Details = details };

    /// <summary>Done in a real run, would-change under what-if.</summary>
    public static StepResult Changed(bool whatIf, string summary, params IReadOnlyList<string> details) =>
        new(whatIf ? StepStatus.WouldChange : StepStatus.Done, summary) { Details = details };
}
