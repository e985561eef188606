namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>How a deployment step ended; the runner stops at <see cref="Failed"/> and <see cref="TimedOut"/>.</summary>
public enum StepStatus
{
    /// <summary>The step changed the environment.</summary>
    Done,

    /// <summary>What-if: the step would change the environment as its summary says.</summary>
    WouldChange,

    /// <summary>The environment already was as wanted.</summary>
    NothingToDo,

    /// <summary>The step finished but left something for a person to do (for example a connection to create).</summary>
    NeedsAttention,

    /// <summary>Dataverse is still working on it (an import or key index); the step stopped waiting.</summary>
    TimedOut,

    /// <summary>The step could not do its work.</summary>
    Failed,
}
