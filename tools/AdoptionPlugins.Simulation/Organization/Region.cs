namespace AdoptionPlugins.Simulation.Organization;

/// <summary>Where a simulated person works: each region is a business unit with its own cities.</summary>
public enum Region
{
    HeadOffice,
    Emea,
    Americas,
}
