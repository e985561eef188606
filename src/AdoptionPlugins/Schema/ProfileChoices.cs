namespace AdoptionPlugins.Schema;

/// <summary>Option values of the adoption profile's choices (publisher option prefix 61837).</summary>
public static class ProfileChoices
{
    public const int TierExecutive = 618370000;
    public const int TierManager = 618370001;
    public const int TierContributor = 618370002;
    public const int TierExcluded = 618370003;

    public const int TierSourceRole = 618370000;
    public const int TierSourceTitleRule = 618370001;
    public const int TierSourceExplicit = 618370002;
    public const int TierSourceDefault = 618370003;

    public const int StateNew = 618370000;
    public const int StateActive = 618370001;
    public const int StateSlipping = 618370002;
    public const int StateInactive = 618370003;
    public const int StateOnLeave = 618370004;
    public const int StateExcluded = 618370005;
}
