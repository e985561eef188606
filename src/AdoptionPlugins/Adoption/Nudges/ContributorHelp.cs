using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>
/// Help for a contributor, not policing: it points at their own opportunities that need a next step and never mentions
/// their adoption state, a percentage or anyone else.
/// </summary>
public static class ContributorHelp
{
    public static bool IsDue(AdoptionVerdict verdict, HelpFacts? facts) =>
        (verdict ?? throw new ArgumentNullException(nameof(verdict))).Tier.Tier == AdoptionTier.Contributor
        && verdict.State is not AdoptionState.OnLeave and not AdoptionState.Excluded
        && facts is not null && facts.OpportunitiesWithoutNextStep.Count > 0;

    public static MessageCandidate Compose(Recipient recipient, HelpFacts facts, AdoptionSettings settings, DateTime today)
    {
        recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        facts = facts ?? throw new ArgumentNullException(nameof(facts));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var choice = MessageFrame.LanguageFor(recipient, settings);
        var language = choice.Language;

        var count = TextArg.Count("count", facts.OpportunitiesWithoutNextStep.Count);
        var names = language.JoinList(facts.OpportunitiesWithoutNextStep.Select(language.Quote));
        var noNextStep = language.Format(TextKey.HelpNoNextStep, count, TextArg.Of("names", names));
        var overdue = facts.OverdueActivities > 0 ? language.Format(TextKey.HelpOverdue, TextArg.Count("count", facts.OverdueActivities)) : null;
        var tip = language.Format(TextKey.HelpTip);

        var message = MessageFrame.Build(
            choice,
            settings,
            recipient,
            language.Format(TextKey.HelpTitle, count),
            language.Format(TextKey.HelpSubject),
            [noNextStep, tip],
            [noNextStep, overdue, tip],
            settings.Messages.CoolDownDays);
        return new MessageCandidate(recipient, MessageKind.ContributorHelp, today, message, MessageChannels.InApp);
    }
}
