using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Checks settings for values that are out of range or contradict each other, and says which and why.</summary>
public static class SettingsValidator
{
    public static IReadOnlyList<SettingsProblem> Validate(AdoptionSettings settings)
    {
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var problems = new List<SettingsProblem>();
        CheckClassification(settings.Classification, problems);
        CheckTiers(settings.Tiers, problems);
        CheckMessages(settings.Messages, problems);
        CheckPrivacy(settings, problems);
        CheckQuickWins(settings.QuickWins, problems);
        return problems;
    }

    private static void CheckClassification(ClassificationSettings rules, List<SettingsProblem> problems)
    {
        CheckTier(AdoptionTier.Executive, "an executive", rules, problems);
        CheckTier(AdoptionTier.Manager, "a manager", rules, problems);
        CheckTier(AdoptionTier.Contributor, "a contributor", rules, problems);
        Range(SettingNames.GracePeriodDays, rules.GracePeriodDays, 0, 365, problems);
        Range(SettingNames.WindowWorkingDays, rules.WindowWorkingDays, 5, 130, problems);
        Range(SettingNames.LookbackDays, rules.LookbackDays, 7, 730, problems);
        Range(SettingNames.MinimumWorkingDays, rules.MinimumWorkingDays, 1, 130, problems);
        Range(SettingNames.HysteresisPoints, rules.HysteresisPoints, 0, 25, problems);
        if (rules.MinimumWorkingDays > rules.WindowWorkingDays)
        {
            Add(problems, SettingNames.MinimumWorkingDays, $"{SettingNames.MinimumWorkingDays} ({rules.MinimumWorkingDays}) is more than {SettingNames.WindowWorkingDays} ({rules.WindowWorkingDays}), so no verdict could ever be confident; lower it or widen the window.");
        }

        if (rules.LookbackDays < rules.WindowWorkingDays)
        {
            Add(problems, SettingNames.LookbackDays, $"{SettingNames.LookbackDays} ({rules.LookbackDays}) is shorter than {SettingNames.WindowWorkingDays} ({rules.WindowWorkingDays}): the window could never fill; look back at least as many calendar days.");
        }
    }

    private static void CheckTier(AdoptionTier tier, string someone, ClassificationSettings rules, List<SettingsProblem> problems)
    {
        var activeName = SettingNames.ActivePercent(tier);
        var inactiveName = SettingNames.InactivePercent(tier);
        var thresholds = rules.For(tier);
        var margin = rules.HysteresisPoints;
        var before = problems.Count;
        Range(activeName, thresholds.ActivePercent, 1, 100, problems);
        Range(inactiveName, thresholds.InactivePercent, 0, 99, problems);
        if (problems.Count > before)
        {
            return;
        }

        if (thresholds.ActivePercent - thresholds.InactivePercent <= 2 * margin)
        {
            Add(problems, activeName, $"{activeName} ({thresholds.ActivePercent}) must be more than twice {SettingNames.HysteresisPoints} ({margin}) above {inactiveName} ({thresholds.InactivePercent}), so there is room for \"slipping\" between them; raise {activeName} or lower {inactiveName}.");
        }
        else if (thresholds.InactivePercent > 0 && thresholds.InactivePercent <= margin)
        {
            Add(problems, inactiveName, $"{inactiveName} ({thresholds.InactivePercent}) must be above {SettingNames.HysteresisPoints} ({margin}), otherwise {someone} who is slipping could never become inactive; raise it, or set it to 0 to never mark anyone inactive.");
        }
    }

    private static void CheckTiers(TierRules tiers, List<SettingsProblem> problems)
    {
        var lists = new[]
        {
            new KeyValuePair<string, IReadOnlyList<string>>(SettingNames.ExecutiveRoles, tiers.ExecutiveRoles),
            new KeyValuePair<string, IReadOnlyList<string>>(SettingNames.ManagerRoles, tiers.ManagerRoles),
            new KeyValuePair<string, IReadOnlyList<string>>(SettingNames.ContributorRoles, tiers.ContributorRoles),
            new KeyValuePair<string, IReadOnlyList<string>>(SettingNames.ExcludedRoles, tiers.ExcludedRoles),
        };
        foreach (var list in lists.Where(list => list.Value.Any(string.IsNullOrWhiteSpace)))
        {
            Add(problems, list.Key, $"{list.Key} contains an empty role name; remove it.");
        }

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in lists)
        {
            foreach (var role in list.Value.Where(role => !string.IsNullOrWhiteSpace(role)))
            {
                if (owners.TryGetValue(role, out var first) && first != list.Key)
                {
                    Add(problems, list.Key, $"The role \"{role}\" is listed in both {first} and {list.Key}; a role decides one tier, so keep it in one list.");
                }

                owners[role] = first ?? list.Key;
            }
        }

        if (tiers.TitleRules.Any(rule => rule.Phrase.Length == 0))
        {
            Add(problems, SettingNames.TitleRules, $"{SettingNames.TitleRules} contains a rule without a phrase; every rule needs words to look for in the job title.");
        }
    }

    private static void CheckMessages(MessageSettings messages, List<SettingsProblem> problems)
    {
        Range(SettingNames.MessagePeriodDays, messages.MessagePeriodDays, 1, 90, problems);
        Range(SettingNames.CoolDownDays, messages.CoolDownDays, 0, 365, problems);
        Range(SettingNames.MaxMessagesPerRun, messages.MaxMessagesPerRun, 1, 10000, problems);
        Range(SettingNames.DigestPeriodDays, messages.DigestPeriodDays, 1, 90, problems);
        if (messages.QuietWeekdays.Count == 7)
        {
            Add(problems, SettingNames.QuietWeekdays, $"{SettingNames.QuietWeekdays} covers every day of the week, so nothing could ever be sent; leave at least one day free.");
        }

        var unknown = messages.EnabledLanguages.Where(lcid => TextCatalog.Find(lcid) is null).ToList();
        if (unknown.Count > 0)
        {
            Add(problems, SettingNames.EnabledLanguages, $"{SettingNames.EnabledLanguages} lists {TextCatalog.Describe(unknown)}, which has no texts; the languages with texts are {Available()}.");
        }

        if (TextCatalog.Find(messages.FallbackLanguage) is null)
        {
            Add(problems, SettingNames.FallbackLanguage, $"{SettingNames.FallbackLanguage} is {messages.FallbackLanguage}, which has no texts; choose one of {Available()}.");
        }
        else if (!messages.EnabledLanguages.Contains(messages.FallbackLanguage))
        {
            Add(problems, SettingNames.FallbackLanguage, $"{SettingNames.FallbackLanguage} ({TextCatalog.Describe([messages.FallbackLanguage])}) must also be listed in {SettingNames.EnabledLanguages}.");
        }

        if (TextCatalog.Find(messages.ReportLanguage) is null)
        {
            Add(problems, SettingNames.ReportLanguage, $"{SettingNames.ReportLanguage} is {messages.ReportLanguage}, which has no texts; choose one of {Available()}.");
        }
    }

    private static void CheckPrivacy(AdoptionSettings settings, List<SettingsProblem> problems)
    {
        Range(SettingNames.MinimumGroupSize, settings.Privacy.MinimumGroupSize, 2, 100, problems);
        Range(SettingNames.RetentionDays, settings.Privacy.RetentionDays, 30, 3650, problems);
        if (settings.Privacy.RetentionDays < settings.Classification.LookbackDays)
        {
            Add(problems, SettingNames.RetentionDays, $"{SettingNames.RetentionDays} ({settings.Privacy.RetentionDays}) is shorter than {SettingNames.LookbackDays} ({settings.Classification.LookbackDays}): the evaluation would judge people on history that was already deleted; keep at least as many days.");
        }
    }

    private static void CheckQuickWins(QuickWinSettings quickWins, List<SettingsProblem> problems)
    {
        Range(SettingNames.QuickWinMinimumActivities, quickWins.MinimumLoggedActivities, 1, 100, problems);
        Range(SettingNames.TeamThresholdPercent, quickWins.TeamThresholdPercent, 1, 100, problems);
        Range(SettingNames.QuickWinRecentDays, quickWins.RecentDays, 1, 30, problems);
    }

    private static void Range(string name, int value, int minimum, int maximum, List<SettingsProblem> problems)
    {
        if (value < minimum || value > maximum)
        {
            Add(problems, name, $"{name} is {value}; it must be a whole number from {minimum} to {maximum}.");
        }
    }

    private static string Available() => TextCatalog.Describe(TextCatalog.Languages.Select(language => language.Lcid));

    private static void Add(List<SettingsProblem> problems, string setting, string message) => problems.Add(new SettingsProblem(setting, message));
}
