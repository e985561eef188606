using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>
/// Message hygiene: opt-out and VIP lists, quiet days, cool-down per kind, at most one nudge, summary or help per person
/// per period, a ceiling per run, and nothing sent until an administrator turns sending on. Every decision is logged with why.
/// </summary>
public sealed class MessagePolicy
{
    private readonly AdoptionSettings _settings;
    private readonly MessageSettings _messages;
    private readonly ILookup<Guid, LoggedMessage> _history;
    private readonly DateTime _today;
    private readonly bool _sending;
    private readonly int _sentEarlierThisRun;
    private readonly TextLanguage _report;

    /// <param name="settings">Valid settings.</param>
    /// <param name="history">Logged messages of at least the longest cool-down, period or digest period back.</param>
    /// <param name="today">The run's day.</param>
    /// <param name="dryRunRequested">The caller asked for a dry run: nothing is sent even when sending is on.</param>
    /// <param name="sentEarlierThisRun">Messages earlier pages of the same run sent, so the ceiling holds across pages.</param>
    public MessagePolicy(AdoptionSettings settings, IEnumerable<LoggedMessage> history, DateTime today, bool dryRunRequested, int sentEarlierThisRun)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _messages = settings.Messages;
        _sending = _messages.SendingEnabled && !dryRunRequested;

        // A dry run is judged against earlier days' dry runs too, to preview what sending would have done; a second preview
        // on the same day shows the same list again. Real sends are judged against real sends only.
        _today = today.Date;
        _history = (history ?? throw new ArgumentNullException(nameof(history)))
            .Where(entry => entry.WasSent || (!_sending && entry.Day < _today))
            .ToLookup(entry => entry.RecipientId);
        _sentEarlierThisRun = sentEarlierThisRun;
        _report = TextCatalog.Get(_messages.ReportLanguage);
    }

    public IReadOnlyList<MessageDecision> Decide(IEnumerable<MessageCandidate> candidates)
    {
        var ordered = (candidates ?? throw new ArgumentNullException(nameof(candidates)))
            .OrderBy(candidate => candidate.Kind)
            .ThenBy(candidate => candidate.Recipient.User.FullName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(candidate => candidate.Recipient.UserId)
            .ToList();
        var decisions = new List<MessageDecision>();
        var chosenThisPeriod = new HashSet<Guid>();
        var counted = _sentEarlierThisRun;
        foreach (var candidate in ordered)
        {
            var block = FirstBlock(candidate);
            if (block is null && IsPeriodic(candidate.Kind) && !chosenThisPeriod.Add(candidate.Recipient.UserId))
            {
                block = new Block(WithholdReason.OtherMessageChosen, _report.Format(TextKey.WithheldOtherChosen));
            }

            if (block is null && candidate.Kind != MessageKind.QuickWinNotice && counted >= _messages.MaxMessagesPerRun)
            {
                block = new Block(WithholdReason.RunLimit, _report.Format(TextKey.WithheldRunLimit, TextArg.Count("limit", _messages.MaxMessagesPerRun)));
            }

            if (block is not null)
            {
                decisions.Add(new MessageDecision(candidate, MessageOutcome.Withheld, block.Reason, MessageChannels.None, Join(block.Text, candidate.Message.LanguageNote)));
                continue;
            }

            counted += candidate.Kind == MessageKind.QuickWinNotice ? 0 : 1;
            decisions.Add(Deliver(candidate));
        }

        return decisions;
    }

    private static bool IsPeriodic(MessageKind kind) => kind is MessageKind.ExecutiveNudge or MessageKind.TeamSummary or MessageKind.ContributorHelp;

    private static MessageAudiences AudienceOf(MessageKind kind) => kind switch
    {
        MessageKind.ExecutiveNudge => MessageAudiences.Executives,
        MessageKind.TeamSummary => MessageAudiences.Managers,
        MessageKind.ContributorHelp => MessageAudiences.Contributors,
        MessageKind.SponsorDigest => MessageAudiences.Sponsor,
        _ => MessageAudiences.QuickWins,
    };

    private Block? FirstBlock(MessageCandidate candidate)
    {
        var kind = candidate.Kind;
        var recipient = candidate.Recipient;
        if (_history[recipient.UserId].Any(entry => entry.Kind == kind && entry.Day == candidate.Day))
        {
            return new Block(WithholdReason.AlreadyHandled, _report.Format(TextKey.WithheldAlreadyHandled));
        }

        if (candidate.GroupTooSmall)
        {
            return new Block(WithholdReason.GroupTooSmall, _report.Format(TextKey.WithheldGroupTooSmall, TextArg.Count("minimum", _settings.Privacy.MinimumGroupSize)));
        }

        if (!_messages.Audiences.HasFlag(AudienceOf(kind)))
        {
            return new Block(WithholdReason.AudienceOff, _report.Format(TextKey.WithheldAudienceOff));
        }

        if (recipient.IsOptedOut)
        {
            return new Block(WithholdReason.OptedOut, _report.Format(TextKey.WithheldOptedOut));
        }

        if (recipient.IsVip && kind != MessageKind.SponsorDigest)
        {
            return new Block(WithholdReason.Vip, _report.Format(TextKey.WithheldVip));
        }

        // In-app celebrations wait for nobody: they are seen when the app is next opened, and a win is announced once.
        if (kind == MessageKind.QuickWinNotice)
        {
            return null;
        }

        if (_messages.IsQuiet(_today))
        {
            return new Block(WithholdReason.QuietDay, _report.Format(TextKey.WithheldQuietDay, TextArg.Day("day", _today)));
        }

        var coolDown = kind == MessageKind.SponsorDigest ? _messages.DigestPeriodDays : _messages.CoolDownDays;
        var sameKind = Latest(recipient.UserId, entry => entry.Kind == kind);
        if (sameKind is not null && sameKind.Day > _today.AddDays(-coolDown))
        {
            return new Block(WithholdReason.CoolDown, _report.Format(TextKey.WithheldCoolDown, TextArg.Day("day", sameKind.Day), TextArg.Count("days", coolDown)));
        }

        if (kind == MessageKind.ExecutiveNudge && sameKind is not null && (candidate.LastOwnActivity is not { } last || sameKind.Day > last))
        {
            return new Block(WithholdReason.NoResponseYet, _report.Format(TextKey.WithheldNoResponseYet, TextArg.Day("day", sameKind.Day)));
        }

        var periodic = IsPeriodic(kind) ? Latest(recipient.UserId, entry => IsPeriodic(entry.Kind)) : null;
        return periodic is not null && periodic.Day > _today.AddDays(-_messages.MessagePeriodDays)
            ? new Block(WithholdReason.AlreadyMessagedThisPeriod, _report.Format(TextKey.WithheldPeriod, TextArg.Day("day", periodic.Day), TextArg.Count("days", _messages.MessagePeriodDays)))
            : null;
    }

    private LoggedMessage? Latest(Guid recipientId, Func<LoggedMessage, bool> matches) =>
        _history[recipientId].Where(entry => entry.Day <= _today && matches(entry)).OrderByDescending(entry => entry.Day).FirstOrDefault();

    private MessageDecision Deliver(MessageCandidate candidate)
    {
        var channels = candidate.Channels;
        string? emailNote = null;
        if (channels.HasFlag(MessageChannels.Email) && _messages.SenderQueueId is null)
        {
            emailNote = _report.Format(TextKey.EmailSkippedNoQueue);
        }
        else if (channels.HasFlag(MessageChannels.Email) && candidate.Recipient.User.EmailAddress is null)
        {
            emailNote = _report.Format(TextKey.EmailSkippedNoAddress);
        }

        if (emailNote is not null)
        {
            channels &= ~MessageChannels.Email;
            channels |= MessageChannels.InApp;
        }

        var outcome = _sending ? MessageOutcome.Send : MessageOutcome.DryRun;
        var said = _report.Format(_sending ? TextKey.OutcomeSent : TextKey.OutcomeDryRun);
        return new MessageDecision(candidate, outcome, null, channels, Join(said, emailNote, candidate.Message.LanguageNote));
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>A reason to withhold and its logged sentence.</summary>
    private sealed class Block
    {
        public Block(WithholdReason reason, string text)
        {
            Reason = reason;
            Text = text;
        }

        public WithholdReason Reason { get; }

        public string Text { get; }
    }
}
