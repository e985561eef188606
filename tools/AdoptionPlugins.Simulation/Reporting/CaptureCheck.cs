using System.Collections.Generic;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// Whether the plugins counted exactly the generated work: every user-day's counts against the expected ones, and the imported
/// and migrated rows against the signals (there must be none for them).
/// </summary>
public sealed record CaptureCheck(int UserDays, int UserDaysMatching, IReadOnlyList<string> Differences, int UncreditedRows, int SignalsForUncreditedRows)
{
    public bool Matches => UserDays == UserDaysMatching && SignalsForUncreditedRows == 0;
}
