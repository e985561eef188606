namespace AdoptionPlugins.Adoption.Settings;

/// <summary>The share of working days with activity at which a tier counts as active, and below which as inactive.</summary>
public sealed class TierThresholds
{
    public TierThresholds(int activePercent, int inactivePercent)
    {
        ActivePercent = activePercent;
        InactivePercent = inactivePercent;
    }

    /// <summary>Active when activity was logged on at least this percentage of working days.</summary>
    public int ActivePercent { get; }

    /// <summary>Inactive when activity was logged on fewer than this percentage of working days.</summary>
    public int InactivePercent { get; }
}
