using System;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>
/// The settings a run uses: the stored ones, with sending and the sender queue taken from the environment, because only an
/// environment variable an administrator sets may switch sending on (installing or upgrading never sets it).
/// </summary>
public static class RunSettings
{
    /// <param name="settings">Valid settings, as <see cref="SettingsResolver.Resolve"/> returns them.</param>
    /// <param name="sendingEnabled">The environment's switch; false when the variable has no value.</param>
    /// <param name="senderQueueId">The queue the environment names, or null to keep the settings' own.</param>
    public static AdoptionSettings With(AdoptionSettings settings, bool sendingEnabled, Guid? senderQueueId)
    {
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var messages = settings.Messages;
        return new AdoptionSettings(
            settings.Classification,
            settings.Tiers,
            new MessageSettings(
                sendingEnabled,
                messages.MessagePeriodDays,
                messages.CoolDownDays,
                messages.QuietWeekdays,
                messages.QuietDates,
                messages.MaxMessagesPerRun,
                messages.Audiences,
                messages.Sponsor,
                messages.DigestPeriodDays,
                senderQueueId ?? messages.SenderQueueId,
                messages.FallbackLanguage,
                messages.EnabledLanguages,
                messages.ReportLanguage),
            settings.Privacy,
            settings.QuickWins);
    }
}
