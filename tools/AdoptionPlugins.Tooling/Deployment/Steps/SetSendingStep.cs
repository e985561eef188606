using System;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>
/// Applies the admin's explicit sending choice to the solution's Yes/No sending switch, last, so a run that stops earlier never leaves sending on;
/// without a choice it only says whether nudges go out.
/// </summary>
public sealed class SetSendingStep : IDeploymentStep
{
    public string Title => "Nudge sending";

    public string WhenNotRun => "Sending was not changed (a new install starts with sending off).";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sendingSwitch = context.Package.SendingSwitch;
        if (sendingSwitch == null)
        {
            return StepResult.NothingToDo("The solution has no sending switch; nothing to do.");
        }

        if (context.Options.Sending == SendingChange.LeaveAsIs)
        {
            var current = await context.Api.FindEnvironmentVariableAsync(sendingSwitch.SchemaName, cancellationToken).ConfigureAwait(false);
            var value = current?.EffectiveValue ?? sendingSwitch.DefaultValue;
            return IsOn(value)
                ? StepResult.NothingToDo($"Sending is ON ({sendingSwitch.SchemaName} = {value}, set earlier); pass --disable-sending to turn it off.")
                : StepResult.NothingToDo($"Sending stays off: nudges are only logged (dry run). Pass --enable-sending to send them.");
        }

        var wanted = context.Options.Sending == SendingChange.Enable ? "yes" : "no";
        var change = await VariableValue.SetAsync(context, sendingSwitch.SchemaName, wanted, cancellationToken).ConfigureAwait(false);
        var state = wanted == "yes" ? "ON: nudges and digests are sent" : "off: nudges are only logged";
        return change == null
            ? StepResult.NothingToDo($"Sending already is {state}.")
            : StepResult.Changed(context.WhatIf, $"{(context.WhatIf ? "Would turn sending" : "Sending is now")} {state}.", change);
    }

    private static bool IsOn(string? value) =>
        string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
