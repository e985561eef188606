namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Where a run tells a person what is happening while it happens.</summary>
public interface IDeploymentReporter
{
    void StepStarting(int number, int count, string title);

    void Progress(string message);

    void StepFinished(int number, string title, StepResult result);
}
