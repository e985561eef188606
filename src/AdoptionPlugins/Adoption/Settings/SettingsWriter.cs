using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Writes settings as name/value pairs: the form stored as the last valid snapshot and shown with every dry run.</summary>
public static class SettingsWriter
{
    public static IReadOnlyList<KeyValuePair<string, string>> Write(AdoptionSettings settings)
    {
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var classification = settings.Classification;
        var tiers = settings.Tiers;
        var messages = settings.Messages;
        var thresholds = new[] { AdoptionTier.Executive, AdoptionTier.Manager, AdoptionTier.Contributor }.SelectMany(tier => new[]
        {
            Pair(SettingNames.ActivePercent(tier), SettingsFormat.Number(classification.For(tier).ActivePercent)),
            Pair(SettingNames.InactivePercent(tier), SettingsFormat.Number(classification.For(tier).InactivePercent)),
        });
        var switches = SettingNames.AudienceSwitches.Select(audience => Pair(audience.Key, SettingsFormat.Flag(messages.Audiences.HasFlag(audience.Value))));
        return
        [
            .. thresholds,
            Pair(SettingNames.GracePeriodDays, SettingsFormat.Number(classification.GracePeriodDays)),
            Pair(SettingNames.WindowWorkingDays, SettingsFormat.Number(classification.WindowWorkingDays)),
            Pair(SettingNames.LookbackDays, SettingsFormat.Number(classification.LookbackDays)),
            Pair(SettingNames.MinimumWorkingDays, SettingsFormat.Number(classification.MinimumWorkingDays)),
            Pair(SettingNames.HysteresisPoints, SettingsFormat.Number(classification.HysteresisPoints)),
            Pair(SettingNames.WorkingDays, SettingsFormat.Weekdays(classification.DefaultWorkPattern.WorkingDays)),
            Pair(SettingNames.CountTrackedEmails, SettingsFormat.Flag(classification.CountTrackedEmails)),
            Pair(SettingNames.ExecutiveRoles, SettingsFormat.Names(tiers.ExecutiveRoles)),
            Pair(SettingNames.ManagerRoles, SettingsFormat.Names(tiers.ManagerRoles)),
            Pair(SettingNames.ContributorRoles, SettingsFormat.Names(tiers.ContributorRoles)),
            Pair(SettingNames.ExcludedRoles, SettingsFormat.Names(tiers.ExcludedRoles)),
            Pair(SettingNames.TitleRules, SettingsFormat.Rules(tiers.TitleRules)),
            Pair(SettingNames.DefaultTier, tiers.DefaultTier.ToString()),
            Pair(SettingNames.SendingEnabled, SettingsFormat.Flag(messages.SendingEnabled)),
            Pair(SettingNames.MessagePeriodDays, SettingsFormat.Number(messages.MessagePeriodDays)),
            Pair(SettingNames.CoolDownDays, SettingsFormat.Number(messages.CoolDownDays)),
            Pair(SettingNames.QuietWeekdays, SettingsFormat.Weekdays(WorkPattern.MondayFirst.Where(messages.QuietWeekdays.Contains))),
            Pair(SettingNames.QuietDates, SettingsFormat.Dates(messages.QuietDates)),
            Pair(SettingNames.MaxMessagesPerRun, SettingsFormat.Number(messages.MaxMessagesPerRun)),
            .. switches,
            Pair(SettingNames.SponsorUserId, SettingsFormat.Id(messages.Sponsor is { IsTeam: false } user ? user.Id : null)),
            Pair(SettingNames.SponsorTeamId, SettingsFormat.Id(messages.Sponsor is { IsTeam: true } team ? team.Id : null)),
            Pair(SettingNames.DigestPeriodDays, SettingsFormat.Number(messages.DigestPeriodDays)),
            Pair(SettingNames.SenderQueueId, SettingsFormat.Id(messages.SenderQueueId)),
            Pair(SettingNames.FallbackLanguage, SettingsFormat.Number(messages.FallbackLanguage)),
            Pair(SettingNames.EnabledLanguages, SettingsFormat.Numbers(messages.EnabledLanguages)),
            Pair(SettingNames.ReportLanguage, SettingsFormat.Number(messages.ReportLanguage)),
            Pair(SettingNames.PrivacyMode, SettingsFormat.Flag(settings.Privacy.PrivacyMode)),
            Pair(SettingNames.MinimumGroupSize, SettingsFormat.Number(settings.Privacy.MinimumGroupSize)),
            Pair(SettingNames.RetentionDays, SettingsFormat.Number(settings.Privacy.RetentionDays)),
            Pair(SettingNames.QuickWinMinimumActivities, SettingsFormat.Number(settings.QuickWins.MinimumLoggedActivities)),
            Pair(SettingNames.TeamThresholdPercent, SettingsFormat.Number(settings.QuickWins.TeamThresholdPercent)),
            Pair(SettingNames.QuickWinRecentDays, SettingsFormat.Number(settings.QuickWins.RecentDays)),
        ];
    }

    /// <summary>One "Name=Value" line per setting, in a fixed order: stable to store and to compare.</summary>
    public static string ToText(AdoptionSettings settings) =>
        string.Join("\n", Write(settings).Select(pair => pair.Key + "=" + pair.Value));

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}
