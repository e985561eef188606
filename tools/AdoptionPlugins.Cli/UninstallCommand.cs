using System;
using System.CommandLine;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Cli;

/// <summary>The uninstall verb: purges the adoption data if asked, then deletes the managed solution; --what-if prints that plan.</summary>
public static class UninstallCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var connection = new DeployConnectionOptions(environment);
        var purge = new Option<bool>("--purge-data") { Description = "First delete the rows of the solution's tables, page by page (deleting the solution drops them anyway; purging first keeps the deletion short on large tables)." };
        var whatIf = new Option<bool>("--what-if") { Description = "Sign in and print the steps, in order, and what each would remove, without changing anything." };
        var command = new Command("uninstall", "Remove AdoptionPlugins from an environment: purge the adoption data if asked, then delete the managed solution with its tables, steps, flow and variables.");
        connection.AddTo(command);
        command.Options.Add(purge);
        command.Options.Add(whatIf);
        command.SetAction((parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            return DeployCommand.Guarded(parsed.InvocationConfiguration.Error, async () =>
            {
                var url = connection.EnvironmentUrl(parsed);
                var plan = DeploymentPlan.Uninstall(connection.Package(parsed), parsed.GetValue(purge), parsed.GetValue(whatIf));
                using var api = connection.Connect(parsed, url, output);
                output.WriteLine($"{(plan.Options.WhatIf ? "What-if: uninstalling" : "Uninstalling")} {plan.Package.UniqueName} from {url}");
                var report = await DeploymentRunner.RunAsync(plan, api, new DeployConsoleReporter(output), TimeProvider.System, cancellationToken).ConfigureAwait(false);
                report.Write(output);
                return report.Outcome switch
                {
                    DeploymentOutcome.Succeeded or DeploymentOutcome.WhatIf => ExitCodes.Success,
                    DeploymentOutcome.NotAuthenticated => ExitCodes.NotSignedIn,
                    _ => ExitCodes.DeploymentFailed,
                };
            });
        });
        return command;
    }
}
