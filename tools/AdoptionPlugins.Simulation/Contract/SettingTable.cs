namespace AdoptionPlugins.Simulation.Contract;

/// <summary>The <c>adopt_adoptionsetting</c> table of DESIGN-evaluation: one row per setting an administrator overrides.</summary>
public static class SettingTable
{
    public const string EntityName = "adopt_adoptionsetting";
    public const string Name = "adopt_name";
    public const string Value = "adopt_value";
    public const string Description = "adopt_description";
}
