namespace AdoptionPlugins.Adoption.Settings;

/// <summary>What may name individuals: in privacy mode only aggregates of large enough groups reach managers and sponsors.</summary>
public sealed class PrivacySettings
{
    public PrivacySettings(bool privacyMode, int minimumGroupSize, int retentionDays)
    {
        PrivacyMode = privacyMode;
        MinimumGroupSize = minimumGroupSize;
        RetentionDays = retentionDays;
    }

    public bool PrivacyMode { get; }

    /// <summary>The smallest group whose figures are shown in privacy mode (dataverse-facts 7.2: 5, as Viva Insights).</summary>
    public int MinimumGroupSize { get; }

    /// <summary>Activity days older than this are purged.</summary>
    public int RetentionDays { get; }
}
