using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>
/// A run of the daily evaluation with <c>adopt_EvaluateAdoption</c>, for everyone, one user or one team, and whether its messages
/// are sent or only logged.
/// </summary>
public sealed class EvaluationOperation : PagedOperation
{
    private readonly string? _userToFind;
    private Guid? _userId;
    private string? _sendingValue;
    private bool _sendingKnown;

    private EvaluationOperation(Guid? userId, string? userToFind, Guid? teamId, bool dryRun, int? pageSize, string? cursor)
        : base(AdoptionActions.Evaluate, pageSize, cursor)
    {
        _userId = userId;
        _userToFind = userToFind;
        TeamId = teamId;
        DryRun = dryRun;
    }

    public Guid? UserId => _userId;

    public Guid? TeamId { get; }

    public bool DryRun { get; }

    /// <summary>Whether messages due go out; known once <see cref="PrepareAsync"/> has read the sending switch.</summary>
    public bool Sends => !DryRun && IsYes(_sendingValue);

    /// <summary>
    /// Checks the scope as typed: <paramref name="user"/> is a systemuser id or a sign-in name or email (looked up before the first
    /// page), <paramref name="team"/> a team id; the two exclude each other.
    /// </summary>
    public static EvaluationOperation Create(string? user, string? team, bool dryRun, int? pageSize, string? cursor)
    {
        if (user is not null && team is not null)
        {
            throw new DeploymentInputException("--user and --team exclude each other: evaluate one user or the members of one team, or leave both out for everyone.");
        }

        Guid? teamId = team is null ? null : Id(team, "--team", "is not a team id; pass the team's id (a GUID)");
        if (user is null || user.Contains('@', StringComparison.Ordinal) || user.Contains('\\', StringComparison.Ordinal))
        {
            return new EvaluationOperation(null, user?.Trim(), teamId, dryRun, pageSize, cursor);
        }

        var userId = Id(user, "--user", "is neither a user id (a GUID) nor a sign-in name or email such as alice@contoso.com");
        return new EvaluationOperation(userId, null, teamId, dryRun, pageSize, cursor);
    }

    public override async Task<IReadOnlyList<string>> PrepareAsync(DataverseWebApi api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        var lines = new List<string>();
        if (_userToFind is { } wanted)
        {
            var user = Single(await api.FindUsersAsync(wanted, cancellationToken).ConfigureAwait(false), wanted, api.EnvironmentUrl);
            _userId = user.Id;
            lines.Add($"User: {user.FullName} ({user.DomainName ?? wanted}, {user.Id})");
        }

        lines.Add(await ReadSendingAsync(api, cancellationToken).ConfigureAwait(false));
        return lines;
    }

    protected override IEnumerable<KeyValuePair<string, object>> Parameters()
    {
        yield return new(AdoptionActions.DryRun, DryRun);
        if (_userId is { } userId)
        {
            yield return new(AdoptionActions.UserId, userId);
        }

        if (TeamId is { } teamId)
        {
            yield return new(AdoptionActions.TeamId, teamId);
        }
    }

    protected override string Describe()
    {
        var scope = _userId is { } userId ? $"user {userId}" : _userToFind is { } name ? $"user {name}" : TeamId is { } teamId ? $"the members of team {teamId}" : "everyone";
        return $"Evaluating adoption for {scope}{(DryRun ? " (dry run)" : string.Empty)}";
    }

    protected override string Counts(Func<string, int> count) =>
        $"{Counted(count(AdoptionActions.Evaluated), "user")} evaluated, {Counted(count(AdoptionActions.QuickWinsRaised), "quick win")} raised, "
        + $"{Counted(count(AdoptionActions.MessagesSent), "message")} sent, {Counted(count(AdoptionActions.MessagesHeld), "message")} "
        + (DryRun ? "only logged" : !_sendingKnown ? "not sent (held back, or only logged while sending is off)" : Sends ? "held back (the message log says why)" : "only logged");

    protected override IEnumerable<string> Notes(PagedRunReport report)
    {
        if (DryRun)
        {
            yield return "Dry run: no message was sent; the message log shows who would have got what.";
        }
        else if (_sendingKnown && !Sends)
        {
            yield return "Sending is off, so no message was sent: the messages due were only logged. Turn sending on with 'adoption deploy --enable-sending'.";
        }
    }

    private async Task<string> ReadSendingAsync(DataverseWebApi api, CancellationToken cancellationToken)
    {
        if (DryRun)
        {
            return "Dry run: nothing is sent, whatever the sending switch says; the message log shows who would get what.";
        }

        try
        {
            var sendingSwitch = await api.FindEnvironmentVariableAsync(AdoptionActions.SendingSwitch, cancellationToken).ConfigureAwait(false);
            _sendingKnown = true;
            _sendingValue = sendingSwitch?.EffectiveValue;
        }
        catch (DataverseRequestException refused) when (refused.Failure == DataverseFailure.Forbidden)
        {
            // A role with only the solution's privileges may run the evaluation without reading environment variables.
            return $"Could not read {AdoptionActions.SendingSwitch} (no privilege to read environment variables): messages due are sent only if it is yes.";
        }

        return Sends
            ? $"Sending is ON ({AdoptionActions.SendingSwitch} = {_sendingValue}): messages due are sent."
            : $"Sending is off ({AdoptionActions.SendingSwitch} = {_sendingValue ?? "not set"}): messages due are only logged, nothing is sent. 'adoption deploy --enable-sending' turns it on.";
    }

    private static UserMatch Single(IReadOnlyList<UserMatch> matches, string wanted, Uri environment) => matches.Count switch
    {
        1 => matches[0],
        0 => throw new DeploymentInputException($"--user {wanted}: no user in {environment} has that sign-in name or email. Check the spelling, or pass the user's id."),
        _ => throw new DeploymentInputException($"--user {wanted} matches {matches.Count} users ({string.Join(", ", matches.Select(match => $"{match.FullName} {match.Id}"))}); pass the id of the one you mean."),
    };

    private static Guid Id(string text, string option, string problem) =>
        Guid.TryParse(text.Trim().Trim('{', '}'), out var id) && id != Guid.Empty
            ? id
            : throw new DeploymentInputException($"{option} \"{text}\" {problem}.");

    // The plugin reads the switch the same way: true, yes or 1, in any case; anything else is off.
    private static bool IsYes(string? value) =>
        value?.Trim().ToUpperInvariant() is "TRUE" or "YES" or "1";
}
