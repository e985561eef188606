using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>The name of every setting an administrator can edit, as stored and as shown in messages about it.</summary>
public static class SettingNames
{
    public const string ExecutiveActivePercent = nameof(ExecutiveActivePercent);
    public const string ExecutiveInactivePercent = nameof(ExecutiveInactivePercent);
    public const string ManagerActivePercent = nameof(ManagerActivePercent);
    public const string ManagerInactivePercent = nameof(ManagerInactivePercent);
    public const string ContributorActivePercent = nameof(ContributorActivePercent);
    public const string ContributorInactivePercent = nameof(ContributorInactivePercent);
    public const string GracePeriodDays = nameof(GracePeriodDays);
    public const string WindowWorkingDays = nameof(WindowWorkingDays);
    public const string LookbackDays = nameof(LookbackDays);
    public const string MinimumWorkingDays = nameof(MinimumWorkingDays);
    public const string HysteresisPoints = nameof(HysteresisPoints);
    public const string WorkingDays = nameof(WorkingDays);
    public const string CountTrackedEmails = nameof(CountTrackedEmails);

    public const string ExecutiveRoles = nameof(ExecutiveRoles);
    public const string ManagerRoles = nameof(ManagerRoles);
    public const string ContributorRoles = nameof(ContributorRoles);
    public const string ExcludedRoles = nameof(ExcludedRoles);
    public const string TitleRules = nameof(TitleRules);
    public const string DefaultTier = nameof(DefaultTier);

    public const string SendingEnabled = nameof(SendingEnabled);
    public const string MessagePeriodDays = nameof(MessagePeriodDays);
    public const string CoolDownDays = nameof(CoolDownDays);
    public const string QuietWeekdays = nameof(QuietWeekdays);
    public const string QuietDates = nameof(QuietDates);
    public const string MaxMessagesPerRun = nameof(MaxMessagesPerRun);
    public const string NudgeExecutives = nameof(NudgeExecutives);
    public const string SummarizeForManagers = nameof(SummarizeForManagers);
    public const string HelpContributors = nameof(HelpContributors);
    public const string SendSponsorDigest = nameof(SendSponsorDigest);
    public const string CelebrateQuickWins = nameof(CelebrateQuickWins);
    public const string SponsorUserId = nameof(SponsorUserId);
    public const string SponsorTeamId = nameof(SponsorTeamId);
    public const string DigestPeriodDays = nameof(DigestPeriodDays);
    public const string SenderQueueId = nameof(SenderQueueId);
    public const string FallbackLanguage = nameof(FallbackLanguage);
    public const string EnabledLanguages = nameof(EnabledLanguages);
    public const string ReportLanguage = nameof(ReportLanguage);

    public const string PrivacyMode = nameof(PrivacyMode);
    public const string MinimumGroupSize = nameof(MinimumGroupSize);
    public const string RetentionDays = nameof(RetentionDays);

    public const string QuickWinMinimumActivities = nameof(QuickWinMinimumActivities);
    public const string TeamThresholdPercent = nameof(TeamThresholdPercent);
    public const string QuickWinRecentDays = nameof(QuickWinRecentDays);

    /// <summary>The on/off setting for each audience, in the order they are written.</summary>
    public static IReadOnlyList<KeyValuePair<string, MessageAudiences>> AudienceSwitches { get; } =
    [
        new(NudgeExecutives, MessageAudiences.Executives),
        new(SummarizeForManagers, MessageAudiences.Managers),
        new(HelpContributors, MessageAudiences.Contributors),
        new(SendSponsorDigest, MessageAudiences.Sponsor),
        new(CelebrateQuickWins, MessageAudiences.QuickWins),
    ];

    public static string ActivePercent(AdoptionTier tier) => tier switch
    {
        AdoptionTier.Executive => ExecutiveActivePercent,
        AdoptionTier.Manager => ManagerActivePercent,
        AdoptionTier.Contributor => ContributorActivePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Excluded users have no thresholds."),
    };

    public static string InactivePercent(AdoptionTier tier) => tier switch
    {
        AdoptionTier.Executive => ExecutiveInactivePercent,
        AdoptionTier.Manager => ManagerInactivePercent,
        AdoptionTier.Contributor => ContributorInactivePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Excluded users have no thresholds."),
    };
}
