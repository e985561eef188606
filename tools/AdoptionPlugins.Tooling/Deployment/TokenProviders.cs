using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Builds the token provider for a sign-in choice, refusing missing or contradictory options before any network call.</summary>
public static class TokenProviders
{
    public static IAccessTokenProvider Create(AuthenticationOptions options, Uri environmentUrl, Action<string> showDeviceCode)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(showDeviceCode);
        if (options.Kind == AuthenticationKind.Token)
        {
            return new StaticTokenProvider(Require(options.AccessToken, "an access token (set DATAVERSE_ACCESS_TOKEN)"), "the access token from DATAVERSE_ACCESS_TOKEN");
        }

        var (credential, description) = Credential(options, showDeviceCode);
        return new AzureIdentityTokenProvider(credential, environmentUrl, description);
    }

    private static (TokenCredential Credential, string Description) Credential(AuthenticationOptions options, Action<string> showDeviceCode)
    {
        switch (options.Kind)
        {
            case AuthenticationKind.ClientSecret:
                var tenant = Require(options.TenantId, "--tenant-id (or AZURE_TENANT_ID)");
                var client = Require(options.ClientId, "--client-id (or AZURE_CLIENT_ID)");
                return (new ClientSecretCredential(tenant, client, Require(options.ClientSecret, "a client secret in AZURE_CLIENT_SECRET")), $"the client secret of app {client} in tenant {tenant}");
            case AuthenticationKind.Certificate:
                tenant = Require(options.TenantId, "--tenant-id (or AZURE_TENANT_ID)");
                client = Require(options.ClientId, "--client-id (or AZURE_CLIENT_ID)");
                var path = Require(options.CertificatePath, "--certificate <file> (or AZURE_CLIENT_CERTIFICATE_PATH)");
                if (!File.Exists(path))
                {
                    throw new DeploymentInputException($"The certificate file {path} does not exist.");
                }

                var description = $"the certificate {Path.GetFileName(path)} of app {client} in tenant {tenant}";
                return options.CertificatePassword == null
                    ? (new ClientCertificateCredential(tenant, client, path), description)
                    : (new ClientCertificateCredential(tenant, client, LoadProtectedCertificate(path, options.CertificatePassword)), description);
            case AuthenticationKind.DeviceCode:
                var deviceOptions = new DeviceCodeCredentialOptions
                {
                    TenantId = options.TenantId,
                    DeviceCodeCallback = (code, _) =>
                    {
                        showDeviceCode(code.Message);
                        return System.Threading.Tasks.Task.CompletedTask;
                    },
                };
                if (options.ClientId != null)
                {
                    deviceOptions.ClientId = options.ClientId;
                }

                return (new DeviceCodeCredential(deviceOptions), "a device code sign-in");
            case AuthenticationKind.ManagedIdentity:
                var identity = options.ClientId == null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
                return (new ManagedIdentityCredential(identity), options.ClientId == null ? "the system-assigned managed identity" : $"the managed identity {options.ClientId}");
            case AuthenticationKind.AzureCli:
                return (new AzureCliCredential(new AzureCliCredentialOptions { TenantId = options.TenantId }), "the Azure CLI sign-in (az login)");
            default:
                throw new DeploymentInputException($"Unknown sign-in kind {options.Kind}.");
        }
    }

    private static X509Certificate2 LoadProtectedCertificate(string path, string password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException unreadable)
        {
            throw new DeploymentInputException($"The certificate {path} could not be opened with the password in AZURE_CLIENT_CERTIFICATE_PASSWORD: {unreadable.Message}", unreadable);
        }
    }

    private static string Require(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DeploymentInputException($"Signing in this way needs {what}.") : value;
}
