using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Signs in and asks WhoAmI, so a wrong URL or refused credentials stop the run before anything changes.</summary>
public sealed class VerifyConnectionStep : IDeploymentStep
{
    public string Title => "Sign in to the environment";

    public string WhenNotRun => "Nothing was changed in the environment.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        System.ArgumentNullException.ThrowIfNull(context);
        var user = await context.Api.WhoAmIAsync(cancellationToken).ConfigureAwait(false);
        return StepResult.NothingToDo($"Signed in to {context.Api.EnvironmentUrl} with {context.Api.SignIn} (user id {user}).");
    }
}
