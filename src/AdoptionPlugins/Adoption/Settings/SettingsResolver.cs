using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Refuses invalid settings on save with every reason, and lets the evaluation run with the last valid ones.</summary>
public static class SettingsResolver
{
    /// <summary>Everything wrong with settings about to be saved: unreadable values first, then contradictions.</summary>
    public static IReadOnlyList<SettingsProblem> Check(IEnumerable<KeyValuePair<string, string?>> values)
    {
        var read = SettingsReader.Read(values);
        return read.IsValid ? SettingsValidator.Validate(read.Settings) : read.Problems;
    }

    /// <summary>The message that refuses a save: one line per problem, so an administrator can fix them all at once.</summary>
    public static string RefusalMessage(IReadOnlyList<SettingsProblem> problems)
    {
        problems = problems ?? throw new ArgumentNullException(nameof(problems));
        return "The adoption settings were not saved:" + string.Concat(problems.Select(problem => "\n- " + problem.Message));
    }

    /// <summary>The stored settings when valid, else the last valid snapshot, else the defaults; never invalid settings.</summary>
    public static SettingsResolution Resolve(IEnumerable<KeyValuePair<string, string?>> stored, string? lastValidSnapshot)
    {
        var values = (stored ?? throw new ArgumentNullException(nameof(stored))).ToList();
        var problems = Check(values);
        if (problems.Count == 0)
        {
            var settings = SettingsReader.Read(values).Settings;
            return new SettingsResolution(settings, SettingsSource.Stored, [], SettingsWriter.ToText(settings));
        }

        if (!string.IsNullOrWhiteSpace(lastValidSnapshot))
        {
            var snapshot = SettingsReader.ReadText(lastValidSnapshot!);
            if (snapshot.IsValid && SettingsValidator.Validate(snapshot.Settings).Count == 0)
            {
                return new SettingsResolution(snapshot.Settings, SettingsSource.LastValid, problems, SettingsWriter.ToText(snapshot.Settings));
            }
        }

        var defaults = AdoptionSettings.Defaults;
        return new SettingsResolution(defaults, SettingsSource.Defaults, problems, SettingsWriter.ToText(defaults));
    }
}
