using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Dataverse;

/// <summary>The settings rows as stored: every row's name and value, and the evaluation's own snapshot and digest rows.</summary>
public sealed class StoredSettings
{
    public StoredSettings(IEnumerable<KeyValuePair<string, string?>> rows, string? lastValidSnapshot, string? lastDigest)
    {
        Rows = (rows ?? throw new ArgumentNullException(nameof(rows))).ToArray();
        LastValidSnapshot = lastValidSnapshot;
        LastDigest = lastDigest;
    }

    /// <summary>Every active row, the evaluation's own included: name and value.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Rows { get; }

    public string? LastValidSnapshot { get; }

    public string? LastDigest { get; }

    /// <summary>The settings in force: the saved ones when valid, else the last valid snapshot, else the defaults.</summary>
    public SettingsResolution Resolve() => SettingsResolver.Resolve(SettingsSave.ForRun(Rows, SettingsGateway.ReservedNames), LastValidSnapshot);
}
