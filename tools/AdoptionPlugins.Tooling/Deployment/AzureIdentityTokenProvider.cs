using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Signs in with an Azure.Identity credential for the environment's <c>/.default</c> scope; sign-in failures become a clear <see cref="DataverseRequestException"/>.</summary>
public sealed class AzureIdentityTokenProvider(TokenCredential credential, Uri environmentUrl, string description) : IAccessTokenProvider
{
    private readonly TokenRequestContext _scope = new([new Uri(environmentUrl, "/.default").ToString()]);

    public string Description => description;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await credential.GetTokenAsync(_scope, cancellationToken).ConfigureAwait(false);
            return token.Token;
        }
        catch (AuthenticationFailedException failed)
        {
            throw new DataverseRequestException(DataverseFailure.Unauthorized, $"Could not sign in with {description}: {FirstLine(failed.Message)}", failed);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
