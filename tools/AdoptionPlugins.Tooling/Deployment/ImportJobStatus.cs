namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>An <c>importjob</c> row: percent done and the XML log in <c>data</c> that names each component's result.</summary>
public sealed record ImportJobStatus(double Progress, string? Data);
