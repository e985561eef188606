using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>
/// Where a daily run stands, as the opaque text the caller passes back: the run's day, the phase, the last user or leader
/// done and how many messages the run has sent so far (so the per-run ceiling holds across pages). Re-sending the same
/// cursor redoes the same page, which is harmless: every row is written by a deterministic id and a message already in
/// the log is never sent again.
/// </summary>
public sealed class EvaluationCursor
{
    private const string Version = "1";
    private const char Separator = '|';

    // One letter per phase in the text, never reused or changed: a cursor an earlier version returned still reads back at its
    // phase (the first three are the letters cursors had before the purge phases existed; G came last, after P).
    private static readonly IReadOnlyList<KeyValuePair<EvaluationPhase, char>> Letters =
    [
        new(EvaluationPhase.Users, 'U'),
        new(EvaluationPhase.Teams, 'T'),
        new(EvaluationPhase.Digest, 'D'),
        new(EvaluationPhase.PurgeSignals, 'S'),
        new(EvaluationPhase.PurgeActivityDays, 'A'),
        new(EvaluationPhase.PurgeMessageLog, 'M'),
        new(EvaluationPhase.PurgeQuickWins, 'Q'),
        new(EvaluationPhase.PurgeLeavePeriods, 'L'),
        new(EvaluationPhase.PurgeProfiles, 'P'),
        new(EvaluationPhase.PurgeSummaries, 'G'),
    ];

    public EvaluationCursor(string fingerprint, DateTime day, EvaluationPhase phase, Guid? after, int sentSoFar)
    {
        if (sentSoFar < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sentSoFar), sentSoFar, "A run cannot have sent fewer than no messages.");
        }

        Fingerprint = fingerprint ?? throw new ArgumentNullException(nameof(fingerprint));
        Day = day.Date;
        Phase = phase;
        After = after == Guid.Empty ? null : after;
        SentSoFar = sentSoFar;
    }

    public string Fingerprint { get; }

    /// <summary>The run's evaluation day: the day its first page ran, kept to the end even past midnight.</summary>
    public DateTime Day { get; }

    public EvaluationPhase Phase { get; }

    /// <summary>The last user (or leader) the phase finished; null at the start of a phase.</summary>
    public Guid? After { get; }

    /// <summary>Messages earlier pages sent or recorded by a dry run, counted against the per-run ceiling.</summary>
    public int SentSoFar { get; }

    public static EvaluationCursor Start(EvaluationRequest request, DateTime today) =>
        new((request ?? throw new ArgumentNullException(nameof(request))).Fingerprint, today, EvaluationPhase.Users, null, 0);

    /// <summary>
    /// Reads a cursor a previous page returned; null or empty text starts a run on <paramref name="today"/>. A cursor from the
    /// day before is continued (a run may cross midnight); an older one belongs to a run that will never finish.
    /// </summary>
    public static EvaluationCursor Parse(string? text, EvaluationRequest request, DateTime today)
    {
        _ = request ?? throw new ArgumentNullException(nameof(request));
        if (string.IsNullOrWhiteSpace(text))
        {
            return Start(request, today);
        }

        var parts = text!.Trim().Split(Separator);
        if (parts.Length != 6 || parts[0] != Version
            || !DateTime.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TryPhase(parts[3], out var phase)
            || !TryAfter(parts[4], out var after)
            || !int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var sent))
        {
            throw new ArgumentException("The Cursor is not one this API returned; send the NextCursor of the previous page unchanged, or none to start a run.", nameof(text));
        }

        if (parts[1] != request.Fingerprint)
        {
            throw new ArgumentException("The Cursor belongs to a run with another UserId, TeamId, PageSize or DryRun; send those again unchanged, or no cursor to start a new run.", nameof(text));
        }

        if (day > today.Date || day < today.Date.AddDays(-1))
        {
            throw new ArgumentException($"The Cursor belongs to the run of {day:yyyy-MM-dd}, which cannot be continued on {today:yyyy-MM-dd}; send no cursor to start today's run.", nameof(text));
        }

        return new EvaluationCursor(parts[1], day, phase, after, sent);
    }

    /// <summary>The next page of the same phase, after <paramref name="last"/>.</summary>
    public EvaluationCursor Continue(Guid last, int sentSoFar) => new(Fingerprint, Day, Phase, last, sentSoFar);

    /// <summary>
    /// The first page of the next phase, or null when the run is done: the digest and the purge belong to the whole organization's
    /// run only.
    /// </summary>
    public EvaluationCursor? NextPhase(bool wholeOrganization, int sentSoFar) => Phase switch
    {
        EvaluationPhase.Users => new EvaluationCursor(Fingerprint, Day, EvaluationPhase.Teams, null, sentSoFar),
        EvaluationPhase.Teams when !wholeOrganization => null,
        EvaluationPhase.PurgeSummaries => null,
        _ => new EvaluationCursor(Fingerprint, Day, Phase + 1, null, sentSoFar),
    };

    /// <summary>
    /// The table of one person's data a purge phase works on; null for the evaluation's own phases and for the summaries' purge,
    /// whose rows are totals of groups, no one person's data.
    /// </summary>
    public static AdoptionDataTable? PurgedBy(EvaluationPhase phase) => phase switch
    {
        EvaluationPhase.PurgeSignals => AdoptionDataTable.Signals,
        EvaluationPhase.PurgeActivityDays => AdoptionDataTable.ActivityDays,
        EvaluationPhase.PurgeMessageLog => AdoptionDataTable.MessageLog,
        EvaluationPhase.PurgeQuickWins => AdoptionDataTable.QuickWins,
        EvaluationPhase.PurgeLeavePeriods => AdoptionDataTable.LeavePeriods,
        EvaluationPhase.PurgeProfiles => AdoptionDataTable.Profiles,
        _ => null,
    };

    public override string ToString() => string.Join(
        Separator.ToString(),
        Version,
        Fingerprint,
        Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Letters.First(letter => letter.Key == Phase).Value.ToString(),
        After?.ToString("N", CultureInfo.InvariantCulture) ?? string.Empty,
        SentSoFar.ToString(CultureInfo.InvariantCulture));

    private static bool TryPhase(string text, out EvaluationPhase phase)
    {
        var found = Letters.Where(letter => text.Length == 1 && letter.Value == text[0]).Select(letter => (EvaluationPhase?)letter.Key).FirstOrDefault();
        phase = found ?? EvaluationPhase.Users;
        return found is not null;
    }

    private static bool TryAfter(string text, out Guid? after)
    {
        after = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (Guid.TryParseExact(text, "N", out var id))
        {
            after = id;
            return true;
        }

        return false;
    }
}
