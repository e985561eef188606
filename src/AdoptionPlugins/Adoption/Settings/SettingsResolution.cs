using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>The settings an evaluation runs with, where they came from, and what was wrong with the stored ones.</summary>
public sealed class SettingsResolution
{
    public SettingsResolution(AdoptionSettings settings, SettingsSource source, IEnumerable<SettingsProblem> problems, string snapshot)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Source = source;
        Problems = (problems ?? throw new ArgumentNullException(nameof(problems))).ToArray();
        Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
    }

    public AdoptionSettings Settings { get; }

    public SettingsSource Source { get; }

    /// <summary>Why the stored settings were not used; empty when they were.</summary>
    public IReadOnlyList<SettingsProblem> Problems { get; }

    /// <summary>The settings in use as text: store it as the last valid snapshot when it differs from the one read.</summary>
    public string Snapshot { get; }
}
