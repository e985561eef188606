namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>The report's colours: one per tier and one per state, the same in every chart.</summary>
public static class Palette
{
    public const string Executive = "#5b3f9e";
    public const string Manager = "#2a7ab0";
    public const string Contributor = "#2f9e6e";

    public const string Active = "#2f9e6e";
    public const string Slipping = "#d99a00";
    public const string Inactive = "#c8553d";
    public const string New = "#7fa7d6";
    public const string OnLeave = "#9a9a9a";
    public const string Excluded = "#cfcfcf";

    public const string Work = "#2a7ab0";
    public const string Tracked = "#9a9a9a";
}
