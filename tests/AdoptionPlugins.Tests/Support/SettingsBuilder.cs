using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Valid settings (the defaults) with named values changed, read through the same reader an administrator's values go through.</summary>
public sealed class SettingsBuilder
{
    private readonly Dictionary<string, string?> _values = new();

    public SettingsBuilder With(string name, string? value)
    {
        _values[name] = value;
        return this;
    }

    public SettingsBuilder With(string name, int value) => With(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public SettingsBuilder With(string name, bool value) => With(name, value ? "true" : "false");

    public SettingsBuilder SendingOn() => With(SettingNames.SendingEnabled, true);

    public SettingsBuilder PrivacyOff() => With(SettingNames.PrivacyMode, false);

    public IReadOnlyList<KeyValuePair<string, string?>> Values() => _values.ToList();

    public AdoptionSettings Build()
    {
        var read = SettingsReader.Read(_values);
        var problems = read.Problems.Concat(SettingsValidator.Validate(read.Settings)).ToList();
        return problems.Count == 0
            ? read.Settings
            : throw new System.InvalidOperationException("The test built invalid settings: " + string.Join(" ", problems));
    }
}
