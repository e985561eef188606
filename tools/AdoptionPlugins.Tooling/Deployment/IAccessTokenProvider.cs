using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Gives the bearer token for the Dataverse Web API; tests pass a fake, real runs sign in with Azure.Identity.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A short description for messages, e.g. "client secret for app 1234 in tenant contoso".</summary>
    string Description { get; }

    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
