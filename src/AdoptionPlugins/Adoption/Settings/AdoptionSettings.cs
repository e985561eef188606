using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Everything an administrator can tune without code, with defaults that are safe to install: nothing is sent.</summary>
public sealed class AdoptionSettings
{
    public const int English = 1033;
    public const int German = 1031;

    public AdoptionSettings(ClassificationSettings classification, TierRules tiers, MessageSettings messages, PrivacySettings privacy, QuickWinSettings quickWins)
    {
        Classification = classification ?? throw new ArgumentNullException(nameof(classification));
        Tiers = tiers ?? throw new ArgumentNullException(nameof(tiers));
        Messages = messages ?? throw new ArgumentNullException(nameof(messages));
        Privacy = privacy ?? throw new ArgumentNullException(nameof(privacy));
        QuickWins = quickWins ?? throw new ArgumentNullException(nameof(quickWins));
    }

    /// <summary>The settings a fresh install starts with: sending off, privacy mode on.</summary>
    public static AdoptionSettings Defaults { get; } = new(
        new ClassificationSettings(
            executive: new TierThresholds(activePercent: 30, inactivePercent: 10),
            manager: new TierThresholds(activePercent: 40, inactivePercent: 10),
            contributor: new TierThresholds(activePercent: 50, inactivePercent: 15),
            gracePeriodDays: 14,
            windowWorkingDays: 20,
            lookbackDays: 90,
            minimumWorkingDays: 5,
            hysteresisPoints: 5,
            defaultWorkPattern: WorkPattern.FullWeek,
            countTrackedEmails: false),
        new TierRules(
            executiveRoles: ["CEO-Business Manager", "Vice President of Sales", "Vice President of Marketing"],
            managerRoles: ["Sales Manager", "Marketing Manager", "CSR Manager"],
            contributorRoles: ["Salesperson", "Marketing Professional", "Customer Service Representative"],
            excludedRoles: ["System Administrator", "System Customizer", "Support User", "Delegate"],
            titleRules:
            [
                new TitleRule("Account Manager", AdoptionTier.Contributor),
                new TitleRule("Account Executive", AdoptionTier.Contributor),
                new TitleRule("Chief", AdoptionTier.Executive),
                new TitleRule("CEO", AdoptionTier.Executive),
                new TitleRule("CSO", AdoptionTier.Executive),
                new TitleRule("CRO", AdoptionTier.Executive),
                new TitleRule("President", AdoptionTier.Executive),
                new TitleRule("VP", AdoptionTier.Executive),
                new TitleRule("Managing Director", AdoptionTier.Executive),
                new TitleRule("Sales Director", AdoptionTier.Executive),
                new TitleRule("Head of", AdoptionTier.Executive),
                new TitleRule("Geschäftsführer", AdoptionTier.Executive),
                new TitleRule("Manager", AdoptionTier.Manager),
                new TitleRule("Team Lead", AdoptionTier.Manager),
                new TitleRule("Team Leader", AdoptionTier.Manager),
                new TitleRule("Teamleiter", AdoptionTier.Manager),
            ],
            defaultTier: AdoptionTier.Contributor),
        new MessageSettings(
            sendingEnabled: false,
            messagePeriodDays: 7,
            coolDownDays: 14,
            quietWeekdays: [DayOfWeek.Saturday, DayOfWeek.Sunday],
            quietDates: [],
            maxMessagesPerRun: 50,
            audiences: MessageAudiences.All,
            sponsor: null,
            digestPeriodDays: 7,
            senderQueueId: null,
            fallbackLanguage: English,
            enabledLanguages: [English, German],
            reportLanguage: English),
        new PrivacySettings(privacyMode: true, minimumGroupSize: 5, retentionDays: 365),
        new QuickWinSettings(minimumLoggedActivities: 3, teamThresholdPercent: 80, recentDays: 7));

    public ClassificationSettings Classification { get; }

    public TierRules Tiers { get; }

    public MessageSettings Messages { get; }

    public PrivacySettings Privacy { get; }

    public QuickWinSettings QuickWins { get; }
}
