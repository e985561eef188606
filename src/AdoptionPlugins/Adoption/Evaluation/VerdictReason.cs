using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>
/// Writes a verdict's reason: state, tier and evidence, the measured numbers against the thresholds, and what was left out.
/// The reason is stored on the profile, which the person's managers read through hierarchy security; so in privacy mode it
/// keeps the rule and leaves out what the person logged and when (dataverse-facts 7.2).
/// </summary>
public static class VerdictReason
{
    public static string Write(AdoptionVerdict verdict, TextLanguage language) => Write(verdict, language, ReasonDetail.WithFigures);

    public static string Write(AdoptionVerdict verdict, TextLanguage language, ReasonDetail detail)
    {
        verdict = verdict ?? throw new ArgumentNullException(nameof(verdict));
        language = language ?? throw new ArgumentNullException(nameof(language));

        var sentences = new List<string> { StateSentence(verdict, language), TierSentence(verdict.Tier, language) };
        if (detail == ReasonDetail.WithoutFigures)
        {
            sentences.AddRange(RuleSentences(verdict, language));
            return string.Join(" ", sentences);
        }

        sentences.AddRange(BasisSentences(verdict, language));
        if (verdict.Window is { } window && verdict.Basis != VerdictBasis.ExcludedTier)
        {
            sentences.AddRange(EvidenceNotes(verdict, window, language));
        }

        return string.Join(" ", sentences);
    }

    private static string StateSentence(AdoptionVerdict verdict, TextLanguage language)
    {
        var state = TextArg.Of("state", language.Name(verdict.State));
        if (verdict.Previous.State is not { } previous)
        {
            return language.Format(TextKey.ReasonStateFirst, state);
        }

        return previous == verdict.State
            ? language.Format(TextKey.ReasonStateKept, state, TextArg.Day("since", verdict.StateSince))
            : language.Format(TextKey.ReasonStateChanged, state, TextArg.Of("previous", language.Name(previous)));
    }

    private static string TierSentence(TierDecision tier, TextLanguage language)
    {
        var name = TextArg.Of("tier", language.Name(tier.Tier));
        return tier.Source switch
        {
            TierSource.Role => language.Format(TextKey.ReasonTierRole, name, TextArg.Of("role", tier.Evidence ?? string.Empty)),
            TierSource.TitleRule => language.Format(TextKey.ReasonTierTitleRule, name, TextArg.Of("title", tier.Evidence ?? string.Empty), TextArg.Of("phrase", tier.MatchedPhrase ?? string.Empty)),
            TierSource.Explicit => language.Format(TextKey.ReasonTierExplicit, name),
            _ => language.Format(TextKey.ReasonTierDefault, name),
        };
    }

    private static IEnumerable<string> BasisSentences(AdoptionVerdict verdict, TextLanguage language)
    {
        var window = verdict.Window;
        switch (verdict.Basis)
        {
            case VerdictBasis.ExcludedTier:
                yield return language.Format(TextKey.ReasonExcluded);
                yield break;
            case VerdictBasis.OnLeave when verdict.CurrentLeave is { } leave:
                yield return language.Format(TextKey.ReasonOnLeave, TextArg.Day("start", leave.Start), TextArg.Day("end", leave.End));
                yield break;
            case VerdictBasis.GracePeriod:
                yield return language.Format(TextKey.ReasonGrace, TextArg.Day("firstSeen", verdict.Previous.FirstSeenOn), TextArg.Day("graceEnd", verdict.GraceEndsOn));
                break;
        }

        if (window is null || window.WorkingDays == 0)
        {
            yield break;
        }

        yield return Measured(window, language);
        if (verdict.IsConfident)
        {
            yield return Thresholds(verdict, language);
        }

        if (verdict.Basis == VerdictBasis.HeldByHysteresis)
        {
            yield return language.Format(TextKey.ReasonHeld, TextArg.Of("state", language.Name(verdict.State)), TextArg.Percent("share", window.SharePercent), TextArg.Count("margin", verdict.Rules.HysteresisPoints));
        }

        if (verdict.Basis is VerdictBasis.ThinDataKept or VerdictBasis.ThinDataNew)
        {
            var key = verdict.Basis == VerdictBasis.ThinDataKept ? TextKey.ReasonThinDataKept : TextKey.ReasonThinDataNew;
            yield return language.Format(key, TextArg.Count("working", window.WorkingDays), TextArg.Count("minimum", verdict.Rules.MinimumWorkingDays));
        }
    }

    private static IEnumerable<string> RuleSentences(AdoptionVerdict verdict, TextLanguage language)
    {
        switch (verdict.Basis)
        {
            case VerdictBasis.ExcludedTier:
                yield return language.Format(TextKey.ReasonExcluded);
                yield break;
            case VerdictBasis.OnLeave:
                yield return language.Format(TextKey.ReasonOnLeaveWithoutDates);
                yield break;
            case VerdictBasis.GracePeriod:
                yield return language.Format(TextKey.ReasonGrace, TextArg.Day("firstSeen", verdict.Previous.FirstSeenOn), TextArg.Day("graceEnd", verdict.GraceEndsOn));
                break;
            case VerdictBasis.HeldByHysteresis:
                yield return language.Format(TextKey.ReasonHeldWithoutFigures, TextArg.Of("state", language.Name(verdict.State)), TextArg.Count("margin", verdict.Rules.HysteresisPoints));
                break;
            case VerdictBasis.ThinDataKept:
                yield return language.Format(TextKey.ReasonThinDataKeptWithoutFigures, TextArg.Count("minimum", verdict.Rules.MinimumWorkingDays));
                break;
            case VerdictBasis.ThinDataNew:
                yield return language.Format(TextKey.ReasonThinDataNewWithoutFigures, TextArg.Count("minimum", verdict.Rules.MinimumWorkingDays));
                break;
        }

        if (verdict.Thresholds is not null)
        {
            yield return Thresholds(verdict, language);
        }

        if (!verdict.Pattern.SameDaysAs(verdict.Rules.DefaultWorkPattern))
        {
            yield return PartTime(verdict, language);
        }

        yield return language.Format(TextKey.ReasonFiguresWithheld);
    }

    private static string PartTime(AdoptionVerdict verdict, TextLanguage language) =>
        language.Format(TextKey.ReasonPartTime, TextArg.Of("weekdays", language.JoinList(verdict.Pattern.WorkingDays.Select(language.WeekdayName))));

    private static string Measured(UsageWindow window, TextLanguage language) => language.Format(
        TextKey.ReasonMeasured,
        TextArg.Count("active", window.ActiveDays),
        TextArg.Count("working", window.WorkingDays),
        TextArg.Percent("share", window.SharePercent),
        TextArg.Day("from", window.From),
        TextArg.Day("to", window.To));

    private static string Thresholds(AdoptionVerdict verdict, TextLanguage language)
    {
        var thresholds = verdict.Thresholds!;
        return language.Format(
            TextKey.ReasonThresholds,
            TextArg.Of("tier", language.Name(verdict.Tier.Tier)),
            TextArg.Percent("active", thresholds.ActivePercent),
            TextArg.Percent("inactive", thresholds.InactivePercent));
    }

    private static IEnumerable<string> EvidenceNotes(AdoptionVerdict verdict, UsageWindow window, TextLanguage language)
    {
        if (window.LeaveDaysSkipped > 0)
        {
            yield return language.Format(TextKey.ReasonLeaveSkipped, TextArg.Count("days", window.LeaveDaysSkipped));
        }

        if (!verdict.Pattern.SameDaysAs(verdict.Rules.DefaultWorkPattern))
        {
            yield return PartTime(verdict, language);
        }

        yield return window.LastActivityOn is { } last
            ? language.Format(TextKey.ReasonLastActivity, TextArg.Day("day", last))
            : language.Format(TextKey.ReasonNoActivity, TextArg.Day("from", Later(verdict.Previous.FirstSeenOn, verdict.EvaluatedOn.AddDays(-verdict.Rules.LookbackDays))));

        if (!verdict.Rules.CountTrackedEmails && window.Logged.EmailsTracked > 0)
        {
            yield return language.Format(TextKey.ReasonTrackedNotCounted, TextArg.Count("count", window.Logged.EmailsTracked));
        }

        if (window.Logged.LoggedOnBehalf > 0)
        {
            yield return language.Format(TextKey.ReasonOnBehalf, TextArg.Count("count", window.Logged.LoggedOnBehalf));
        }
    }

    private static DateTime Later(DateTime first, DateTime second) => first > second ? first : second;
}
