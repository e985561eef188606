using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>
/// Decides whether a change to the settings rows may be saved: the whole resulting set must be valid, and sending can only
/// be switched by its environment variable. The evaluation's own rows (the last valid snapshot, the last digest) are not
/// settings and are left out of the set.
/// </summary>
public static class SettingsSave
{
    /// <param name="rows">Every settings row as it would be after the save: name and value.</param>
    /// <param name="reservedNames">Names of the evaluation's own rows.</param>
    /// <param name="sendingVariable">The environment variable that switches sending, named in the refusal.</param>
    public static IReadOnlyList<SettingsProblem> Check(IEnumerable<KeyValuePair<string, string?>> rows, IEnumerable<string> reservedNames, string sendingVariable)
    {
        var reserved = new HashSet<string>(reservedNames ?? throw new ArgumentNullException(nameof(reservedNames)), StringComparer.OrdinalIgnoreCase);
        var settings = Settings(rows, reserved).ToList();
        var sending = settings.Where(row => IsSendingSwitch(row.Key))
            .Select(row => new SettingsProblem(
                SettingNames.SendingEnabled,
                $"{SettingNames.SendingEnabled} cannot be set here: sending is switched only by the environment variable {sendingVariable}, so that installing or upgrading never starts sending. Set that variable in the solution's environment variables instead, and remove this row."))
            .ToList();
        return sending.Concat(SettingsResolver.Check(settings.Where(row => !IsSendingSwitch(row.Key)))).ToList();
    }

    /// <summary>The rows that are settings: the evaluation's own rows and the sending switch are left out, as a run reads them.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ForRun(IEnumerable<KeyValuePair<string, string?>> rows, IEnumerable<string> reservedNames)
    {
        var reserved = new HashSet<string>(reservedNames ?? throw new ArgumentNullException(nameof(reservedNames)), StringComparer.OrdinalIgnoreCase);
        return Settings(rows, reserved).Where(row => !IsSendingSwitch(row.Key));
    }

    /// <summary>Whether a snapshot the evaluation stored reads back as complete, valid settings.</summary>
    public static IReadOnlyList<SettingsProblem> CheckSnapshot(string? snapshot)
    {
        var read = SettingsReader.ReadText(snapshot ?? string.Empty);
        return read.IsValid ? SettingsValidator.Validate(read.Settings) : read.Problems;
    }

    private static IEnumerable<KeyValuePair<string, string?>> Settings(IEnumerable<KeyValuePair<string, string?>> rows, HashSet<string> reserved) =>
        (rows ?? throw new ArgumentNullException(nameof(rows))).Where(row => !reserved.Contains((row.Key ?? string.Empty).Trim()));

    private static bool IsSendingSwitch(string? name) => string.Equals((name ?? string.Empty).Trim(), SettingNames.SendingEnabled, StringComparison.OrdinalIgnoreCase);
}
