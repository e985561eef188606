using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Everything the steps of one run share: the Web API, the package, the settings, the options, the reporter, the clock, and what earlier steps learned.</summary>
public sealed class DeploymentContext
{
    private readonly HashSet<string> _unboundConnectionReferences = new(StringComparer.OrdinalIgnoreCase);

    public required DataverseWebApi Api { get; init; }

    public required SolutionPackage Package { get; init; }

    public required DeploymentSettings Settings { get; init; }

    public required DeploymentOptions Options { get; init; }

    public required IDeploymentReporter Reporter { get; init; }

    public required TimeProvider Time { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public bool WhatIf => Options.WhatIf;

    /// <summary>Set by the import step when this run imports (or, under what-if, would import) the package, so later steps expect components that are not there yet.</summary>
    public bool ImportsPackage { get; set; }

    /// <summary>Connection references left without a connection; flows that use them stay off.</summary>
    public IReadOnlyCollection<string> UnboundConnectionReferences => _unboundConnectionReferences;

    public void MarkUnbound(string logicalName) => _unboundConnectionReferences.Add(logicalName);

    public bool DeadlinePassed => Time.GetUtcNow() >= Deadline;

    /// <summary>Waits one poll interval, or less when the deadline is nearer.</summary>
    public Task PauseAsync(CancellationToken cancellationToken)
    {
        var left = Deadline - Time.GetUtcNow();
        var pause = left < Options.PollInterval ? left : Options.PollInterval;
        return pause > TimeSpan.Zero ? Task.Delay(pause, Time, cancellationToken) : Task.CompletedTask;
    }
}
