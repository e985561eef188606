using System;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// One tier's or team's week: how many people it had, how many of them logged work themselves (tracked emails and work logged on
/// their behalf do not count), and where they stood after the week's last evaluation (null when the evaluation did not run).
/// </summary>
public sealed record GroupWeek(string Group, int Week, DateTime From, int People, int PeopleWhoLogged, StateCounts? States);
