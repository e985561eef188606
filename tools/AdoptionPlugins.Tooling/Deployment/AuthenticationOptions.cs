namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The sign-in choice and its credentials; secrets normally come from environment variables, never from the command line.</summary>
public sealed record AuthenticationOptions(AuthenticationKind Kind)
{
    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    public string? AccessToken { get; init; }
}
