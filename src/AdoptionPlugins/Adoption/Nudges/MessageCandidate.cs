using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>A message the rules would like to send, before hygiene decides whether it goes out.</summary>
public sealed class MessageCandidate
{
    public MessageCandidate(Recipient recipient, MessageKind kind, DateTime day, ComposedMessage message, MessageChannels channels, bool groupTooSmall = false, DateTime? lastOwnActivity = null)
    {
        Recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        Kind = kind;
        Day = day.Date;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Channels = channels;
        GroupTooSmall = groupTooSmall;
        LastOwnActivity = lastOwnActivity?.Date;
    }

    public Recipient Recipient { get; }

    public MessageKind Kind { get; }

    public DateTime Day { get; }

    public ComposedMessage Message { get; }

    /// <summary>The channels the message wants; the policy drops email when it cannot be sent.</summary>
    public MessageChannels Channels { get; }

    /// <summary>Set while composing when privacy mode allows no figures for the group the message is about.</summary>
    public bool GroupTooSmall { get; }

    /// <summary>
    /// For a nudge: the recipient's last own activity. A nudge is not repeated until the recipient has used the CRM since
    /// the last one; the sponsor digest keeps the overview instead of a reminder flood.
    /// </summary>
    public DateTime? LastOwnActivity { get; }

    /// <summary>One message of a kind per person per day: a retry of the same run finds the same key in the log and sends nothing twice.</summary>
    public string Key => MessageKey(Kind, Recipient.UserId, Day);

    public static string MessageKey(MessageKind kind, Guid recipientId, DateTime day) =>
        string.Concat(kind.ToString(), ":", recipientId.ToString("N"), ":", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
