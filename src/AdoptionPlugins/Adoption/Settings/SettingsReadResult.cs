using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Settings read from text, and every value that could not be read; the settings are usable only without problems.</summary>
public sealed class SettingsReadResult
{
    public SettingsReadResult(AdoptionSettings settings, IEnumerable<SettingsProblem> problems)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Problems = (problems ?? throw new ArgumentNullException(nameof(problems))).ToArray();
    }

    /// <summary>The settings read, with defaults where a value was missing or unreadable.</summary>
    public AdoptionSettings Settings { get; }

    public IReadOnlyList<SettingsProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;
}
