using System;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>What a simulation produced: the report, where its HTML is, the two solution zips, and how long it took.</summary>
public sealed record SimulationResult(SimulationReport Report, string HtmlReport, PackResult Zips, TimeSpan Elapsed);
