using System;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One quick win the evaluation raised.</summary>
public sealed record QuickWinLine(DateTime Day, string Kind, string Title, string Person, string Body);
