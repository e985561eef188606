using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A token obtained beforehand (for example with <c>az account get-access-token</c>), passed through unchanged.</summary>
public sealed class StaticTokenProvider(string token, string description) : IAccessTokenProvider
{
    public string Description => description;

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
}
