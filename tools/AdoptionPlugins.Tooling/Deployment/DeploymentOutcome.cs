namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>How a whole run ended, which the CLI turns into an exit code.</summary>
public enum DeploymentOutcome
{
    /// <summary>Every step is done (or there was nothing to do).</summary>
    Succeeded,

    /// <summary>A what-if run: the plan was printed, nothing changed.</summary>
    WhatIf,

    /// <summary>Every step ran, but something is left for a person (a connection to create, a flow left off).</summary>
    NeedsAttention,

    /// <summary>Dataverse is still working (import or key index) when the timeout passed.</summary>
    TimedOut,

    /// <summary>Sign-in was refused or failed.</summary>
    NotAuthenticated,

    /// <summary>A step failed; the report says what state the environment is in.</summary>
    Failed,
}
