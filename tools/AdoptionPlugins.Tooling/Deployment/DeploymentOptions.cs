using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The admin's choices for one run.</summary>
public sealed record DeploymentOptions
{
    /// <summary>Read the environment and say what would change, without changing anything.</summary>
    public bool WhatIf { get; init; }

    /// <summary>Import even when the same version is already installed.</summary>
    public bool Force { get; init; }

    public SendingChange Sending { get; init; } = SendingChange.LeaveAsIs;

    public PrivacyModeChange PrivacyMode { get; init; } = PrivacyModeChange.LeaveAsIs;

    /// <summary>How long the whole run may wait for Dataverse (import job, key indexes) before it stops and says what is still running.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Pause between two looks at a running import or key index.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}
