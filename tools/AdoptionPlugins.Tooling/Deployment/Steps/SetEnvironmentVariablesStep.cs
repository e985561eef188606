using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Sets the environment variable values of the settings file; entries with an empty value are left as they are.</summary>
public sealed class SetEnvironmentVariablesStep : IDeploymentStep
{
    public string Title => "Set environment variable values";

    public string WhenNotRun => "Environment variable values from the settings file were not set.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var wanted = context.Settings.EnvironmentVariables.Where(setting => setting.HasValue).ToList();
        var skipped = context.Settings.EnvironmentVariables.Where(setting => !setting.HasValue).Select(setting => $"{setting.SchemaName}: left as it is (empty Value in the settings file)");
        if (wanted.Count == 0)
        {
            return StepResult.NothingToDo("The settings file sets no environment variable values.", [.. skipped]);
        }

        var changes = new List<string>();
        foreach (var setting in wanted)
        {
            var change = await VariableValue.SetAsync(context, setting.SchemaName, setting.Value, cancellationToken).ConfigureAwait(false);
            if (change != null)
            {
                changes.Add(change);
            }
        }

        var details = changes.Concat(skipped).ToList();
        return changes.Count == 0
            ? StepResult.NothingToDo($"All {wanted.Count} environment variable value(s) already match the settings file.", details)
            : StepResult.Changed(context.WhatIf, $"{(context.WhatIf ? "Would set" : "Set")} {changes.Count} environment variable value(s).", details);
    }
}
