using System;
using AdoptionPlugins.Tooling.Deployment;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class TokenProvidersTests
{
    private static readonly Uri Environment = new("https://contoso.crm4.dynamics.com/");

    [Theory]
    [InlineData(AuthenticationKind.ClientSecret, "the client secret of app app-id in tenant tenant-id")]
    [InlineData(AuthenticationKind.DeviceCode, "a device code sign-in")]
    [InlineData(AuthenticationKind.ManagedIdentity, "the managed identity app-id")]
    [InlineData(AuthenticationKind.AzureCli, "the Azure CLI sign-in (az login)")]
    public void EachSignInKind_BuildsAnAzureIdentityCredentialWithoutCallingOut(AuthenticationKind kind, string description)
    {
        var options = new AuthenticationOptions(kind) { TenantId = "tenant-id", ClientId = "app-id", ClientSecret = "secret" };

        var provider = TokenProviders.Create(options, Environment, _ => { });

        Assert.IsType<AzureIdentityTokenProvider>(provider);
        Assert.Equal(description, provider.Description);
    }

    [Fact]
    public void ClientSecretWithoutTenant_SaysWhichOptionIsMissing()
    {
        var options = new AuthenticationOptions(AuthenticationKind.ClientSecret) { ClientId = "app-id", ClientSecret = "secret" };

        var error = Assert.Throws<DeploymentInputException>(() => TokenProviders.Create(options, Environment, _ => { }));

        Assert.Equal("Signing in this way needs --tenant-id (or AZURE_TENANT_ID).", error.Message);
    }

    [Fact]
    public void CertificateThatDoesNotExist_IsNamed()
    {
        var options = new AuthenticationOptions(AuthenticationKind.Certificate) { TenantId = "t", ClientId = "c", CertificatePath = "/no/such/app.pfx" };

        var error = Assert.Throws<DeploymentInputException>(() => TokenProviders.Create(options, Environment, _ => { }));

        Assert.Equal("The certificate file /no/such/app.pfx does not exist.", error.Message);
    }

    [Fact]
    public void TokenKindWithoutAToken_PointsToTheVariable()
    {
        var error = Assert.Throws<DeploymentInputException>(() => TokenProviders.Create(new AuthenticationOptions(AuthenticationKind.Token), Environment, _ => { }));

        Assert.Equal("Signing in this way needs an access token (set DATAVERSE_ACCESS_TOKEN).", error.Message);
    }
}
