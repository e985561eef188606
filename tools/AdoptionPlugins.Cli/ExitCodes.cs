namespace AdoptionPlugins.Cli;

/// <summary>Exit codes every verb uses, so scripts can tell a finding from a mistake in the call.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int BadInput = 2;

    /// <summary>Deploy, uninstall, backfill and evaluate: the environment refused the sign-in; nothing was changed.</summary>
    public const int NotSignedIn = 3;

    /// <summary>Deploy and uninstall: a step failed; the output says what state the environment is in and what to do.</summary>
    public const int DeploymentFailed = 4;

    /// <summary>Deploy: done as far as it could go, but Dataverse is still working or something is left for a person.</summary>
    public const int DeploymentIncomplete = 5;

    /// <summary>Simulate: the simulation could not run to its report; the message says why (for example, no daily evaluation to run).</summary>
    public const int SimulationStopped = 6;

    /// <summary>Backfill and evaluate: a page failed or the run was stopped; the pages before it are done and the message names the --cursor to resume with.</summary>
    public const int RunInterrupted = 7;
}
