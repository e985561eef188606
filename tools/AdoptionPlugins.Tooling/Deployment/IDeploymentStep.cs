using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>One step of a plan; it reads the environment first and changes it only when the run is not a what-if, so both share one code path.</summary>
public interface IDeploymentStep
{
    /// <summary>What the step is about, e.g. "Import the solution".</summary>
    string Title { get; }

    /// <summary>What is left undone when the run stops before this step, e.g. "cloud flows not turned on".</summary>
    string WhenNotRun { get; }

    Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken);
}
