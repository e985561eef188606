using System;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One message the evaluation logged: to whom, what kind, what happened to it and why, and its text.</summary>
public sealed record NudgeLine(DateTime Day, string Recipient, string Kind, string Outcome, string Subject, string Body, string Reason, int? Language);
