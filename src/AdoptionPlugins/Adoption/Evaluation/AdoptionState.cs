namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Where a user stands with the CRM today; only active, slipping and inactive are judged from activity.</summary>
public enum AdoptionState
{
    New,
    Active,
    Slipping,
    Inactive,
    OnLeave,
    Excluded,
}
