using System;
using System.CommandLine;
using AdoptionPlugins.Tooling.Operations;

namespace AdoptionPlugins.Cli;

/// <summary>The evaluate verb: runs the daily adoption evaluation in an environment now, for everyone, one user or one team.</summary>
public static class EvaluateCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Send nothing, even when sending is on; the message log shows who would get what." };
        var user = new Option<string?>("--user") { Description = "Evaluate only this user: their id, or their sign-in name or email (alice@contoso.com)." };
        var team = new Option<string?>("--team") { Description = "Evaluate only the members of this team: its id." };
        return PagedCommand.Create(
            "evaluate",
            $"Run the daily adoption evaluation now ({AdoptionActions.Evaluate.UniqueName}, page by page): classify users, write their profiles, raise quick wins, and send the messages due, or only log them while sending is off or with --dry-run.",
            AdoptionActions.Evaluate,
            environment,
            [dryRun, user, team],
            (parsed, pageSize, cursor) => EvaluationOperation.Create(parsed.GetValue(user), parsed.GetValue(team), parsed.GetValue(dryRun), pageSize, cursor));
    }
}
