namespace AdoptionPlugins.Schema;

/// <summary>Names of the team table, the other kind of owner a row can have.</summary>
public static class Team
{
    public const string EntityName = "team";
    public const string PrimaryId = "teamid";
}
