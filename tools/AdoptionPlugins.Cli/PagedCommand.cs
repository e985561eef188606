using System;
using System.Collections.Generic;
using System.CommandLine;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Operations;

namespace AdoptionPlugins.Cli;

/// <summary>What backfill and evaluate share: sign-in and paging options, a line per page, the summary, and exit codes that say how the run ended.</summary>
public static class PagedCommand
{
    public const string ExitCodesHelp = "Exit codes: 0 done, 2 bad input, 3 sign-in refused, 7 a page failed or the run was stopped (the message names the --cursor to resume with).";

    /// <summary>A verb over <paramref name="action"/>; <paramref name="operation"/> reads the verb's own options, the page size and the cursor into the run.</summary>
    public static Command Create(
        string name,
        string description,
        PagedAction action,
        Func<string, string?> environment,
        IEnumerable<Option> ownOptions,
        Func<ParseResult, int?, string?, PagedOperation> operation)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(ownOptions);
        var connection = new DeployConnectionOptions(environment);
        var pageSize = new Option<int?>("--page-size") { Description = $"How many {action.PageUnit} one call handles, 1-{action.MaxPageSize} (default {action.DefaultPageSize}); smaller pages suit a busy environment." };
        var cursor = new Option<string?>("--cursor") { Description = "Resume an interrupted run at the page its error named, with the same other options as that run." };
        var command = new Command(name, $"{description} {ExitCodesHelp}");
        connection.AddConnectionTo(command);
        foreach (var option in ownOptions)
        {
            command.Options.Add(option);
        }

        command.Options.Add(pageSize);
        command.Options.Add(cursor);
        command.SetAction((parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            return DeployCommand.Guarded(error, async () =>
            {
                var url = connection.EnvironmentUrl(parsed);
                var run = operation(parsed, parsed.GetValue(pageSize), parsed.GetValue(cursor));
                using var api = connection.Connect(parsed, url, output);
                await output.WriteLineAsync($"{run.Title} in {url}").ConfigureAwait(false);
                var report = await PagedRunner.RunAsync(api, run, output.WriteLine, cancellationToken).ConfigureAwait(false);
                foreach (var line in run.Summary(report))
                {
                    await output.WriteLineAsync(line).ConfigureAwait(false);
                }

                foreach (var line in run.Problem(report))
                {
                    await error.WriteLineAsync(line).ConfigureAwait(false);
                }

                return report.Completed ? ExitCodes.Success
                    : report.Failure?.Failure == DataverseFailure.Unauthorized ? ExitCodes.NotSignedIn
                    : ExitCodes.RunInterrupted;
            });
        });
        return command;
    }
}
