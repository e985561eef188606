namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Whose use of the CRM is measured against which expectation; each tier has its own thresholds.</summary>
public enum AdoptionTier
{
    Executive,
    Manager,
    Contributor,
    Excluded,
}
