namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>How many people of a group stood in each adoption state on one day.</summary>
public sealed record StateCounts(int New, int Active, int Slipping, int Inactive, int OnLeave, int Excluded)
{
    public static StateCounts Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>People whose use was judged from activity: new starters, people on leave and excluded people are not.</summary>
    public int Judged => Active + Slipping + Inactive;

    public int Total => New + Active + Slipping + Inactive + OnLeave + Excluded;

    /// <summary>The share of judged people who are active, in whole percent; null when nobody was judged.</summary>
    public int? ActivePercent => Judged == 0 ? null : (int)System.Math.Round(100.0 * Active / Judged, System.MidpointRounding.AwayFromZero);
}
