using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>
/// Reads settings from name/value pairs: a missing name takes its default (so an upgrade that adds a setting never
/// switches anything on), and every unreadable value or unknown name becomes a problem that shows the expected form.
/// </summary>
public static class SettingsReader
{
    public static SettingsReadResult Read(IEnumerable<KeyValuePair<string, string?>> values)
    {
        var source = new Source(values ?? throw new ArgumentNullException(nameof(values)));
        var defaults = AdoptionSettings.Defaults;
        var classification = ReadClassification(source, defaults.Classification);
        var tiers = ReadTiers(source, defaults.Tiers);
        var messages = ReadMessages(source, defaults.Messages);
        var privacy = new PrivacySettings(
            source.Flag(SettingNames.PrivacyMode, defaults.Privacy.PrivacyMode),
            source.Number(SettingNames.MinimumGroupSize, defaults.Privacy.MinimumGroupSize),
            source.Number(SettingNames.RetentionDays, defaults.Privacy.RetentionDays));
        var quickWins = new QuickWinSettings(
            source.Number(SettingNames.QuickWinMinimumActivities, defaults.QuickWins.MinimumLoggedActivities),
            source.Number(SettingNames.TeamThresholdPercent, defaults.QuickWins.TeamThresholdPercent),
            source.Number(SettingNames.QuickWinRecentDays, defaults.QuickWins.RecentDays));
        source.ReportUnknownNames();
        return new SettingsReadResult(new AdoptionSettings(classification, tiers, messages, privacy, quickWins), source.Problems);
    }

    /// <summary>Reads "Name=Value" lines, as <see cref="SettingsWriter.ToText"/> writes them; blank lines are skipped.</summary>
    public static SettingsReadResult ReadText(string text)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        var lineProblems = new List<SettingsProblem>();
        var lines = (text ?? string.Empty).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var separator = line.IndexOf('=');
            if (separator <= 0)
            {
                lineProblems.Add(new SettingsProblem(line, $"Line {index + 1} (\"{line}\") is not in the form Name=Value."));
                continue;
            }

            pairs.Add(new KeyValuePair<string, string?>(line.Substring(0, separator).Trim(), line.Substring(separator + 1)));
        }

        var read = Read(pairs);
        return new SettingsReadResult(read.Settings, lineProblems.Concat(read.Problems));
    }

    private static ClassificationSettings ReadClassification(Source source, ClassificationSettings defaults) => new(
        ReadThresholds(source, AdoptionTier.Executive, defaults),
        ReadThresholds(source, AdoptionTier.Manager, defaults),
        ReadThresholds(source, AdoptionTier.Contributor, defaults),
        source.Number(SettingNames.GracePeriodDays, defaults.GracePeriodDays),
        source.Number(SettingNames.WindowWorkingDays, defaults.WindowWorkingDays),
        source.Number(SettingNames.LookbackDays, defaults.LookbackDays),
        source.Number(SettingNames.MinimumWorkingDays, defaults.MinimumWorkingDays),
        source.Number(SettingNames.HysteresisPoints, defaults.HysteresisPoints),
        source.Pattern(SettingNames.WorkingDays, defaults.DefaultWorkPattern),
        source.Flag(SettingNames.CountTrackedEmails, defaults.CountTrackedEmails));

    private static TierThresholds ReadThresholds(Source source, AdoptionTier tier, ClassificationSettings defaults) => new(
        source.Number(SettingNames.ActivePercent(tier), defaults.For(tier).ActivePercent),
        source.Number(SettingNames.InactivePercent(tier), defaults.For(tier).InactivePercent));

    private static TierRules ReadTiers(Source source, TierRules defaults) => new(
        source.Names(SettingNames.ExecutiveRoles, defaults.ExecutiveRoles),
        source.Names(SettingNames.ManagerRoles, defaults.ManagerRoles),
        source.Names(SettingNames.ContributorRoles, defaults.ContributorRoles),
        source.Names(SettingNames.ExcludedRoles, defaults.ExcludedRoles),
        source.TitleRules(SettingNames.TitleRules, defaults.TitleRules),
        source.Tier(SettingNames.DefaultTier, defaults.DefaultTier));

    private static MessageSettings ReadMessages(Source source, MessageSettings defaults)
    {
        var audiences = SettingNames.AudienceSwitches
            .Where(audience => source.Flag(audience.Key, defaults.Audiences.HasFlag(audience.Value)))
            .Aggregate(MessageAudiences.None, (all, audience) => all | audience.Value);

        return new MessageSettings(
            source.Flag(SettingNames.SendingEnabled, defaults.SendingEnabled),
            source.Number(SettingNames.MessagePeriodDays, defaults.MessagePeriodDays),
            source.Number(SettingNames.CoolDownDays, defaults.CoolDownDays),
            source.Weekdays(SettingNames.QuietWeekdays, defaults.QuietWeekdays),
            source.Dates(SettingNames.QuietDates, defaults.QuietDates),
            source.Number(SettingNames.MaxMessagesPerRun, defaults.MaxMessagesPerRun),
            audiences,
            ReadSponsor(source),
            source.Number(SettingNames.DigestPeriodDays, defaults.DigestPeriodDays),
            source.Id(SettingNames.SenderQueueId),
            source.Number(SettingNames.FallbackLanguage, defaults.FallbackLanguage),
            source.Numbers(SettingNames.EnabledLanguages, defaults.EnabledLanguages),
            source.Number(SettingNames.ReportLanguage, defaults.ReportLanguage));
    }

    private static SponsorRecipient? ReadSponsor(Source source)
    {
        var user = source.Id(SettingNames.SponsorUserId);
        var team = source.Id(SettingNames.SponsorTeamId);
        if (user is not null && team is not null)
        {
            source.Problem(SettingNames.SponsorTeamId, $"{SettingNames.SponsorUserId} and {SettingNames.SponsorTeamId} are both set; the digest goes to one sponsor, so clear one of them.");
            return null;
        }

        return user is { } userId ? new SponsorRecipient(userId, false)
            : team is { } teamId ? new SponsorRecipient(teamId, true)
            : null;
    }

    /// <summary>The values being read, the names asked for, and the problems found so far.</summary>
    private sealed class Source
    {
        private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<SettingsProblem> _problems = [];

        public Source(IEnumerable<KeyValuePair<string, string?>> values)
        {
            foreach (var pair in values)
            {
                var name = (pair.Key ?? string.Empty).Trim();
                if (_values.ContainsKey(name))
                {
                    Problem(name, $"{name} is set twice; keep one value.");
                    continue;
                }

                _values[name] = pair.Value;
            }
        }

        public IReadOnlyList<SettingsProblem> Problems => _problems;

        public void Problem(string setting, string message) => _problems.Add(new SettingsProblem(setting, message));

        private delegate bool TryParse<T>(string text, out T value);

        public int Number(string name, int fallback) => Parse<int>(name, fallback, SettingsFormat.TryNumber, "a whole number, such as 14");

        public bool Flag(string name, bool fallback) => Parse<bool>(name, fallback, SettingsFormat.TryFlag, "true or false");

        public AdoptionTier Tier(string name, AdoptionTier fallback) => Parse<AdoptionTier>(name, fallback, SettingsFormat.TryTier, "one of Executive, Manager, Contributor, Excluded");

        public IReadOnlyList<string> Names(string name, IReadOnlyList<string> fallback) =>
            Text(name) is { } text ? SettingsFormat.Split(text).ToArray() : fallback;

        public IReadOnlyList<int> Numbers(string name, IReadOnlyList<int> fallback) =>
            List<int>(name, fallback, SettingsFormat.TryNumber, "whole numbers separated by ';', such as 1033;1031");

        public IReadOnlyList<DayOfWeek> Weekdays(string name, IReadOnlyList<DayOfWeek> fallback) =>
            List<DayOfWeek>(name, fallback, SettingsFormat.TryWeekday, "weekdays separated by ';', such as Saturday;Sunday");

        public IReadOnlyList<DateTime> Dates(string name, IReadOnlyList<DateTime> fallback) =>
            List<DateTime>(name, fallback, SettingsFormat.TryDate, "dates as yyyy-MM-dd separated by ';', such as 2026-12-24;2026-12-25");

        public WorkPattern Pattern(string name, WorkPattern fallback)
        {
            var days = Weekdays(name, fallback.WorkingDays);
            if (days.Count > 0)
            {
                return new WorkPattern(days);
            }

            Problem(name, $"{name} names no working day; list at least one, such as Monday;Tuesday;Wednesday;Thursday;Friday.");
            return fallback;
        }

        public IReadOnlyList<TitleRule> TitleRules(string name, IReadOnlyList<TitleRule> fallback) =>
            List<TitleRule>(name, fallback, SettingsFormat.TryRule, "rules as Phrase=Tier separated by ';', such as Account Manager=Contributor;Chief=Executive");

        public Guid? Id(string name)
        {
            var text = Text(name);
            if (text is null || text.Trim().Length == 0)
            {
                return null;
            }

            if (SettingsFormat.TryId(text, out var id))
            {
                return id;
            }

            Problem(name, $"{name} is \"{text.Trim()}\"; it must be the id of a record, such as 2f1c3a5e-6b0d-4e7a-9c8b-1d2e3f4a5b6c, or empty.");
            return null;
        }

        public void ReportUnknownNames()
        {
            foreach (var unknown in _values.Keys.Where(name => !_asked.Contains(name)))
            {
                var closest = _asked.OrderBy(known => EditDistance(known, unknown)).First();
                // A suggestion is offered when at most two in five letters differ: "GraceDays" -> "GracePeriodDays".
                Problem(unknown, EditDistance(closest, unknown) * 5 <= Math.Max(closest.Length, unknown.Length) * 2
                    ? $"\"{unknown}\" is not a setting; did you mean {closest}?"
                    : $"\"{unknown}\" is not a setting; remove it.");
            }
        }

        private string? Text(string name)
        {
            _asked.Add(name);
            return _values.TryGetValue(name, out var text) ? text ?? string.Empty : null;
        }

        private T Parse<T>(string name, T fallback, TryParse<T> parse, string expected)
        {
            var text = Text(name);
            if (text is null || text.Trim().Length == 0)
            {
                return fallback;
            }

            if (parse(text, out var value))
            {
                return value;
            }

            Problem(name, $"{name} is \"{text.Trim()}\"; it must be {expected}.");
            return fallback;
        }

        private IReadOnlyList<T> List<T>(string name, IReadOnlyList<T> fallback, TryParse<T> parse, string expected)
        {
            var text = Text(name);
            if (text is null)
            {
                return fallback;
            }

            var items = new List<T>();
            foreach (var part in SettingsFormat.Split(text))
            {
                if (parse(part, out var item))
                {
                    items.Add(item);
                    continue;
                }

                Problem(name, $"{name} contains \"{part}\", which cannot be read; it must be {expected}.");
                return fallback;
            }

            return items;
        }

        private static int EditDistance(string first, string second)
        {
            var a = first.ToUpperInvariant();
            var b = second.ToUpperInvariant();
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
