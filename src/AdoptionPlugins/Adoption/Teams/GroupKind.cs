namespace AdoptionPlugins.Adoption.Teams;

/// <summary>What a row of adoption totals counts: everyone, one tier, or one manager's hierarchy.</summary>
public enum GroupKind
{
    Organization,
    Tier,
    Team,
}
