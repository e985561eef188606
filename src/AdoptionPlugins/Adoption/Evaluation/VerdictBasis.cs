namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Which rule decided a verdict, so reports can group them and tests can assert the reason, not the wording.</summary>
public enum VerdictBasis
{
    ExcludedTier,
    OnLeave,
    GracePeriod,
    Measured,
    HeldByHysteresis,
    ThinDataKept,
    ThinDataNew,
}
