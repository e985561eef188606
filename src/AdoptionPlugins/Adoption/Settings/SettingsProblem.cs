using System;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>One thing wrong with the settings: which setting, and what is wrong with it in words an administrator acts on.</summary>
public sealed class SettingsProblem
{
    public SettingsProblem(string setting, string message)
    {
        Setting = setting ?? throw new ArgumentNullException(nameof(setting));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    public string Setting { get; }

    /// <summary>A full sentence that starts with the setting's name.</summary>
    public string Message { get; }

    public override string ToString() => Message;
}
