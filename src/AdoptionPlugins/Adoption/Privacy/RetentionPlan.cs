using System;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// The first day of each table a purge on one day keeps: the retention period's, except where the evaluation still reads older
/// rows to keep a promise (the message cool-down), so that purging never makes a message be sent twice or a quick win be raised again.
/// </summary>
public sealed class RetentionPlan
{
    public RetentionPlan(AdoptionSettings settings, DateTime today)
    {
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        KeepFrom = new PrivacyRules(settings.Privacy).KeepFrom(today);
        var messages = settings.Messages;
        var messageHistoryFrom = today.Date.AddDays(-Math.Max(messages.CoolDownDays, Math.Max(messages.MessagePeriodDays, messages.DigestPeriodDays)));
        MessagesKeptFrom = Earlier(KeepFrom, messageHistoryFrom);
        WinsKeptFrom = Earlier(KeepFrom, today.Date.AddDays(-settings.QuickWins.RecentDays));
    }

    /// <summary>The first day whose activity days and leave periods are kept.</summary>
    public DateTime KeepFrom { get; }

    /// <summary>
    /// Signals and a profile's first and last activity are UTC stamps, and a local day starts up to 14 hours before UTC midnight,
    /// so stamps are kept from a day before <see cref="KeepFrom"/>: every stamp of a kept local day stays (dataverse-facts 4.8).
    /// </summary>
    public DateTime StampsKeptFromUtc => DateTime.SpecifyKind(KeepFrom.AddDays(-1), DateTimeKind.Utc);

    /// <summary>
    /// Summary rows are dated by the evaluation day, as activity days are, and nothing reads old ones back: they are kept from
    /// <see cref="KeepFrom"/>, so no total outlives the days it was counted from.
    /// </summary>
    public DateTime SummariesKeptFrom => KeepFrom;

    /// <summary>The message log is read back over the cool-down (up to a year), which may be longer than the retention period.</summary>
    public DateTime MessagesKeptFrom { get; }

    /// <summary>Wins are found again only within the recent days; a purged win older than that can never be raised twice.</summary>
    public DateTime WinsKeptFrom { get; }

    /// <summary>The first day kept in <paramref name="table"/>: rows dated before it are expired (a leave period by its last day).</summary>
    public DateTime KeptFrom(AdoptionDataTable table) => table switch
    {
        AdoptionDataTable.Signals or AdoptionDataTable.Profiles => StampsKeptFromUtc,
        AdoptionDataTable.MessageLog => MessagesKeptFrom,
        AdoptionDataTable.QuickWins => WinsKeptFrom,
        _ => KeepFrom,
    };

    /// <summary>Whether a row of <paramref name="table"/> dated <paramref name="date"/> is past retention.</summary>
    public bool IsExpired(AdoptionDataTable table, DateTime date) => date < KeptFrom(table);

    private static DateTime Earlier(DateTime first, DateTime second) => first < second ? first : second;
}
