using System.IO;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Cli;

/// <summary>Prints each step as it starts, its progress, and how it ended, so an admin can follow a deploy as it runs.</summary>
public sealed class DeployConsoleReporter(TextWriter output) : IDeploymentReporter
{
    public void StepStarting(int number, int count, string title) => output.WriteLine($"[{number}/{count}] {title}");

    public void Progress(string message) => output.WriteLine($"      {message}");

    public void StepFinished(int number, string title, StepResult result)
    {
        System.ArgumentNullException.ThrowIfNull(result);
        var marker = result.Status switch
        {
            StepStatus.Done => "done:",
            StepStatus.WouldChange => "would:",
            StepStatus.NothingToDo => "ok:",
            StepStatus.NeedsAttention => "attention:",
            StepStatus.TimedOut => "timed out:",
            _ => "FAILED:",
        };
        output.WriteLine($"      {marker} {result.Summary}");
        foreach (var detail in result.Details)
        {
            output.WriteLine($"        {detail}");
        }
    }
}
