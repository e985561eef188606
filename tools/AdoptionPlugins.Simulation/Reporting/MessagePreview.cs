using System;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// One person's message of one kind as the dry run logged it: the first text they would have received, and on how many days the
/// morning's evaluation logged it again (in a dry run nothing is sent, so nothing stops the next preview).
/// </summary>
public sealed record MessagePreview(string Recipient, string Kind, DateTime FirstDay, DateTime LastDay, int Days, string Subject, string Body, string Reason);
