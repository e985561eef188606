namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>How the deploy client signs in to Dataverse.</summary>
public enum AuthenticationKind
{
    /// <summary>An app registration with a client secret (server-to-server; the app is an application user in the environment).</summary>
    ClientSecret,

    /// <summary>An app registration with a certificate (PFX or PEM with its private key).</summary>
    Certificate,

    /// <summary>An interactive user who signs in on another device with a code.</summary>
    DeviceCode,

    /// <summary>The managed identity of the Azure resource this runs on.</summary>
    ManagedIdentity,

    /// <summary>The account the Azure CLI (<c>az login</c>) is signed in with.</summary>
    AzureCli,

    /// <summary>An access token obtained beforehand.</summary>
    Token,
}
