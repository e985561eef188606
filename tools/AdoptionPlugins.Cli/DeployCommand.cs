using System;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading.Tasks;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Cli;

/// <summary>The deploy verb: imports the managed solution into a Dataverse environment and configures it, or with --what-if says what it would do.</summary>
public static class DeployCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var connection = new DeployConnectionOptions(environment);
        var settings = new Option<FileInfo?>("--settings") { Description = "A deployment settings file (pac solution create-settings format): environment variable values and connection ids." };
        var enableSending = new Option<bool>("--enable-sending") { Description = "Turn nudge sending on. Without it sending stays as it is (off on a new install: nudges are only logged)." };
        var disableSending = new Option<bool>("--disable-sending") { Description = "Turn nudge sending off." };
        var privacyMode = new Option<string?>("--privacy-mode") { Description = "Save privacy mode on or off (off: managers see their people's names and figures in messages and reasons). Without it privacy mode stays as it is (on when no setting is saved)." };
        privacyMode.AcceptOnlyFromAmong("on", "off");
        var whatIf = new Option<bool>("--what-if") { Description = "Sign in, read the environment and print each step and what it would change, without changing anything." };
        var force = new Option<bool>("--force") { Description = "Import even when the same version is already installed." };
        var timeout = new Option<int>("--timeout") { Description = "Minutes to wait for the import and the key indexes before stopping (1-1440).", DefaultValueFactory = _ => 60 };
        var command = new Command("deploy", "Import the managed solution into a Dataverse environment (install or upgrade), wait for its keys, set environment variables, bind connections, save privacy mode if chosen, turn on the flow.");
        connection.AddTo(command);
        command.Options.Add(settings);
        command.Options.Add(enableSending);
        command.Options.Add(disableSending);
        command.Options.Add(privacyMode);
        command.Options.Add(whatIf);
        command.Options.Add(force);
        command.Options.Add(timeout);
        command.SetAction((parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            return Guarded(error, async () =>
            {
                var url = connection.EnvironmentUrl(parsed);
                var minutes = parsed.GetValue(timeout);
                if (minutes is < 1 or > 1440)
                {
                    throw new DeploymentInputException($"--timeout must be between 1 and 1440 minutes, not {minutes}.");
                }

                if (parsed.GetValue(enableSending) && parsed.GetValue(disableSending))
                {
                    throw new DeploymentInputException("--enable-sending and --disable-sending contradict each other; give one.");
                }

                var options = new DeploymentOptions
                {
                    WhatIf = parsed.GetValue(whatIf),
                    Force = parsed.GetValue(force),
                    Sending = parsed.GetValue(enableSending) ? SendingChange.Enable : parsed.GetValue(disableSending) ? SendingChange.Disable : SendingChange.LeaveAsIs,
                    PrivacyMode = parsed.GetValue(privacyMode) switch { "on" => PrivacyModeChange.On, "off" => PrivacyModeChange.Off, _ => PrivacyModeChange.LeaveAsIs },
                    Timeout = TimeSpan.FromMinutes(minutes),
                };
                var settingsFile = parsed.GetValue(settings);
                var plan = DeploymentPlan.Create(connection.Package(parsed), settingsFile == null ? DeploymentSettings.None : DeploymentSettings.Load(settingsFile.FullName), options);
                using var api = connection.Connect(parsed, url, output);
                output.WriteLine($"{(options.WhatIf ? "What-if: deploying" : "Deploying")} {plan.Package.UniqueName} {plan.Package.Version} from {plan.Package.Path} to {url}");
                var report = await DeploymentRunner.RunAsync(plan, api, new DeployConsoleReporter(output), TimeProvider.System, cancellationToken).ConfigureAwait(false);
                report.Write(output);
                return ExitCode(report.Outcome);
            });
        });
        return command;
    }

    /// <summary>Turns a mistake in the input into "error: ..." and exit code 2, and any other failure into one line without a stack trace.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The CLI must never show a stack trace; the message is printed and the exit code says it failed.")]
    internal static async Task<int> Guarded(TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (DeploymentInputException mistake)
        {
            await error.WriteLineAsync($"error: {mistake.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("error: stopped by the user; steps reported as done above are done, the rest is not. Run the same command again to finish.").ConfigureAwait(false);
            return ExitCodes.DeploymentIncomplete;
        }
        catch (Exception unexpected)
        {
            await error.WriteLineAsync($"error: stopped unexpectedly ({unexpected.GetType().Name}: {unexpected.Message}). Steps reported as done above are done; run the same command again to finish.").ConfigureAwait(false);
            return ExitCodes.DeploymentFailed;
        }
    }

    private static int ExitCode(DeploymentOutcome outcome) => outcome switch
    {
        DeploymentOutcome.Succeeded or DeploymentOutcome.WhatIf => ExitCodes.Success,
        DeploymentOutcome.NotAuthenticated => ExitCodes.NotSignedIn,
        DeploymentOutcome.NeedsAttention or DeploymentOutcome.TimedOut => ExitCodes.DeploymentIncomplete,
        _ => ExitCodes.DeploymentFailed,
    };
}
