using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>
/// Saves the admin's privacy mode choice as the PrivacyMode adoption setting, before the flow is turned on so the first evaluation
/// already runs with it; without a choice it only says which mode the environment has. The plugin that checks every settings save
/// may refuse it, and then the step fails with Dataverse's message.
/// </summary>
public sealed class SetPrivacyModeStep : IDeploymentStep
{
    private const string Note = "Chosen by the administrator at install (adoption deploy --privacy-mode).";

    public string Title => "Privacy mode";

    public string WhenNotRun => "Privacy mode was not changed (with no setting saved it is on).";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = context.Package.SettingsTable;
        if (table == null)
        {
            return StepResult.NothingToDo("The solution has no adoption settings table; nothing to do.");
        }

        var saved = await context.Api.FindAdoptionSettingAsync(table, PrivacyModeSetting.Name, cancellationToken).ConfigureAwait(false);
        if (context.Options.PrivacyMode == PrivacyModeChange.LeaveAsIs)
        {
            return Current(saved);
        }

        var wanted = context.Options.PrivacyMode == PrivacyModeChange.On;
        var readable = PrivacyModeSetting.TryRead(saved?.Value, out var before);
        if (saved != null && readable && before == wanted)
        {
            return StepResult.NothingToDo($"Privacy mode stays {Mode(wanted)}.");
        }

        if (!context.WhatIf)
        {
            try
            {
                await context.Api.SaveAdoptionSettingAsync(table, saved, PrivacyModeSetting.Name, PrivacyModeSetting.Text(wanted), Note, cancellationToken).ConfigureAwait(false);
            }
            catch (DataverseRequestException refused) when (refused.Status == HttpStatusCode.BadRequest)
            {
                return Refused(wanted, refused);
            }
        }

        var change = $"{PrivacyModeSetting.Name}: {(saved == null ? "no setting saved (on by default)" : $"\"{saved.Value}\"")} -> \"{PrivacyModeSetting.Text(wanted)}\"";
        var summary = (context.WhatIf, saved == null && wanted == PrivacyModeSetting.Default) switch
        {
            (true, true) => $"Would save privacy mode {Mode(wanted)} as the administrator's choice.",
            (false, true) => $"Privacy mode stays {Mode(wanted)}, now saved as the administrator's choice.",
            (true, false) => $"Would turn privacy mode {Mode(wanted)}.",
            (false, false) => $"Privacy mode is now {Mode(wanted)}.",
        };
        return StepResult.Changed(context.WhatIf, summary, change);
    }

    private static StepResult Current(AdoptionSettingRow? saved)
    {
        if (saved == null)
        {
            return StepResult.NothingToDo("Privacy mode is on (default: no setting saved).");
        }

        if (PrivacyModeSetting.TryRead(saved.Value, out var on))
        {
            return StepResult.NothingToDo(on ? "Privacy mode is on, as an administrator set it." : $"Privacy mode is off, as an administrator set it: {PrivacyModeSetting.OffMeans}.");
        }

        // The evaluation never runs on invalid settings: it falls back to the last valid ones, so the mode in force is not this row's.
        return new StepResult(StepStatus.NeedsAttention, $"The {PrivacyModeSetting.Name} setting holds \"{saved.Value}\", which is neither true nor false; the evaluation keeps the last valid settings until it is fixed.")
        {
            NextSteps = [$"Set {PrivacyModeSetting.Name} to true or false in the app (Adoption settings), or deploy again with --privacy-mode on or off."],
        };
    }

    private static StepResult Refused(bool wanted, DataverseRequestException refused) =>
        new(StepStatus.Failed, $"Dataverse refused to save privacy mode {(wanted ? "on" : "off")}, so it was not changed.")
        {
            Details = [.. refused.Message.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)],
            NextSteps = ["Privacy mode is saved with the other adoption settings, and a save is refused while any of them is invalid: fix what the message lists in the app (Adoption settings)."],
        };

    private static string Mode(bool on) => on ? "on" : $"off: {PrivacyModeSetting.OffMeans}";
}
