namespace AdoptionPlugins.Simulation.Organization;

/// <summary>The names of the security roles the solution ships in Roles/, which the simulation gives its people when the solution has them.</summary>
public static class AdoptionRoleNames
{
    public const string User = "Adoption User";
    public const string SalesManager = "Adoption Sales Manager";
    public const string Sponsor = "Adoption Sponsor";
    public const string Administrator = "Adoption Administrator";
}
