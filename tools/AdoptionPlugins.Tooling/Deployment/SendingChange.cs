namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>What the admin asked about nudge sending; without an explicit ask the switch is left as it is (off on a new install).</summary>
public enum SendingChange
{
    LeaveAsIs,
    Enable,
    Disable,
}
