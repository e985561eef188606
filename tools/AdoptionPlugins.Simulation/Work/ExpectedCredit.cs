using System;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>One count the capture must record for a generated event: whose, which column, and when it happened (UTC).</summary>
public sealed record ExpectedCredit(Guid UserId, CountedAs As, DateTime Utc);
