using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Who may be messaged, how often, on which days and in which languages; sending is off until an admin turns it on.</summary>
public sealed class MessageSettings
{
    public MessageSettings(
        bool sendingEnabled,
        int messagePeriodDays,
        int coolDownDays,
        IEnumerable<DayOfWeek> quietWeekdays,
        IEnumerable<DateTime> quietDates,
        int maxMessagesPerRun,
        MessageAudiences audiences,
        SponsorRecipient? sponsor,
        int digestPeriodDays,
        Guid? senderQueueId,
        int fallbackLanguage,
        IEnumerable<int> enabledLanguages,
        int reportLanguage)
    {
        SendingEnabled = sendingEnabled;
        MessagePeriodDays = messagePeriodDays;
        CoolDownDays = coolDownDays;
        QuietWeekdays = (quietWeekdays ?? throw new ArgumentNullException(nameof(quietWeekdays))).Distinct().OrderBy(day => day).ToArray();
        QuietDates = (quietDates ?? throw new ArgumentNullException(nameof(quietDates))).Select(day => day.Date).Distinct().OrderBy(day => day).ToArray();
        MaxMessagesPerRun = maxMessagesPerRun;
        Audiences = audiences;
        Sponsor = sponsor;
        DigestPeriodDays = digestPeriodDays;
        SenderQueueId = senderQueueId == Guid.Empty ? null : senderQueueId;
        FallbackLanguage = fallbackLanguage;
        EnabledLanguages = (enabledLanguages ?? throw new ArgumentNullException(nameof(enabledLanguages))).Distinct().ToArray();
        ReportLanguage = reportLanguage;
    }

    /// <summary>False (a dry run) until an administrator turns it on; installing or upgrading never does.</summary>
    public bool SendingEnabled { get; }

    /// <summary>At most one nudge, summary or help message per person in this many days.</summary>
    public int MessagePeriodDays { get; }

    /// <summary>Days after a message of one kind before the same person gets that kind again.</summary>
    public int CoolDownDays { get; }

    /// <summary>Weekdays nothing is sent (weekends by default); messages due then wait for the next working day.</summary>
    public IReadOnlyList<DayOfWeek> QuietWeekdays { get; }

    /// <summary>Single days nothing is sent, such as public holidays.</summary>
    public IReadOnlyList<DateTime> QuietDates { get; }

    /// <summary>A ceiling for one evaluation run, so switching sending on never floods an organisation.</summary>
    public int MaxMessagesPerRun { get; }

    public MessageAudiences Audiences { get; }

    public SponsorRecipient? Sponsor { get; }

    /// <summary>Days between two sponsor digests.</summary>
    public int DigestPeriodDays { get; }

    /// <summary>The queue emails are sent from (dataverse-facts 6.2); without it messages go in-app only.</summary>
    public Guid? SenderQueueId { get; }

    /// <summary>The language used when a recipient's own language has no texts (LCID).</summary>
    public int FallbackLanguage { get; }

    /// <summary>The languages messages may be written in (LCIDs).</summary>
    public IReadOnlyList<int> EnabledLanguages { get; }

    /// <summary>The language of stored verdict reasons and log entries (LCID).</summary>
    public int ReportLanguage { get; }

    public bool IsQuiet(DateTime day) => QuietWeekdays.Contains(day.DayOfWeek) || QuietDates.Contains(day.Date);
}
