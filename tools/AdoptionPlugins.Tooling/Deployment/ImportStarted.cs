using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The answer of ImportSolutionAsync or StageAndUpgradeAsync: the system job to poll and the import job key.</summary>
public sealed record ImportStarted(Guid AsyncOperationId, string? ImportJobKey);
