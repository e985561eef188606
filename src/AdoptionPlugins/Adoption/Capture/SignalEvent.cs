namespace AdoptionPlugins.Adoption.Capture;

/// <summary>Whether a signal records that work was logged or that an activity was completed; both count, separately.</summary>
public enum SignalEvent
{
    Logged,
    Completed,
}
