namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>What the admin chose for privacy mode at install; without a choice the setting is left as it is (on when no setting is saved).</summary>
public enum PrivacyModeChange
{
    LeaveAsIs,
    On,
    Off,
}
