using System;
using System.CommandLine;
using System.IO;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Cli;

/// <summary>The options the verbs that talk to an environment share: where it is, how to sign in, and for deploy and uninstall which solution zip.</summary>
public sealed class DeployConnectionOptions
{
    private readonly Func<string, string?> _environment;

    public DeployConnectionOptions(Func<string, string?> environment)
    {
        _environment = environment;
        Auth.AcceptOnlyFromAmong("azure-cli", "client-secret", "certificate", "device-code", "managed-identity", "token");
    }

    public Option<string?> Url { get; } = new("--url") { Description = $"The environment URL, e.g. {EnvironmentAddress.Example} (default: DATAVERSE_URL)." };

    public Option<string> Auth { get; } = new("--auth")
    {
        Description = "How to sign in: azure-cli (az login), client-secret (AZURE_CLIENT_SECRET), certificate, device-code, managed-identity, token (DATAVERSE_ACCESS_TOKEN).",
        DefaultValueFactory = _ => "azure-cli",
    };

    public Option<string?> TenantId { get; } = new("--tenant-id") { Description = "Microsoft Entra tenant id or domain (default: AZURE_TENANT_ID)." };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "App registration (or user-assigned managed identity) client id (default: AZURE_CLIENT_ID)." };

    public Option<FileInfo?> Certificate { get; } = new("--certificate") { Description = "PFX or PEM certificate with its private key (default: AZURE_CLIENT_CERTIFICATE_PATH; password from AZURE_CLIENT_CERTIFICATE_PASSWORD)." };

    public Option<FileInfo?> Solution { get; } = new("--solution") { Description = "The managed solution zip (default: out/AdoptionPlugins_managed.zip, written by 'adoption pack')." };

    public void AddTo(Command command)
    {
        AddConnectionTo(command);
        command.Options.Add(Solution);
    }

    /// <summary>Adds where the environment is and how to sign in, without --solution, for verbs that call the installed solution.</summary>
    public void AddConnectionTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Url);
        command.Options.Add(Auth);
        command.Options.Add(TenantId);
        command.Options.Add(ClientId);
        command.Options.Add(Certificate);
    }

    public Uri EnvironmentUrl(ParseResult parsed) => EnvironmentAddress.Parse(parsed.GetValue(Url) ?? _environment("DATAVERSE_URL"));

    /// <summary>Reads the solution zip named by --solution, or the packed one in the repository.</summary>
    public SolutionPackage Package(ParseResult parsed)
    {
        var given = parsed.GetValue(Solution)?.FullName;
        var path = given ?? RepositoryLayout.PackedManagedSolution();
        if (given == null && (path == null || !File.Exists(path)))
        {
            throw new DeploymentInputException($"No solution zip {(path == null ? "was given" : $"at {path}")}. Run 'adoption pack' first (it writes out/AdoptionPlugins_managed.zip), or pass --solution <managed zip>.");
        }

        return SolutionPackage.Read(path!);
    }

    public DataverseWebApi Connect(ParseResult parsed, Uri url, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var kind = parsed.GetValue(Auth) switch
        {
            "client-secret" => AuthenticationKind.ClientSecret,
            "certificate" => AuthenticationKind.Certificate,
            "device-code" => AuthenticationKind.DeviceCode,
            "managed-identity" => AuthenticationKind.ManagedIdentity,
            "token" => AuthenticationKind.Token,
            _ => AuthenticationKind.AzureCli,
        };
        var options = new AuthenticationOptions(kind)
        {
            TenantId = parsed.GetValue(TenantId) ?? _environment("AZURE_TENANT_ID"),
            ClientId = parsed.GetValue(ClientId) ?? _environment("AZURE_CLIENT_ID"),
            ClientSecret = _environment("AZURE_CLIENT_SECRET"),
            CertificatePath = parsed.GetValue(Certificate)?.FullName ?? _environment("AZURE_CLIENT_CERTIFICATE_PATH"),
            CertificatePassword = _environment("AZURE_CLIENT_CERTIFICATE_PASSWORD"),
            AccessToken = _environment("DATAVERSE_ACCESS_TOKEN"),
        };
        var tokens = TokenProviders.Create(options, url, output.WriteLine);
        return new DataverseWebApi(url, tokens, new DataverseWebApiOptions { Notify = message => output.WriteLine($"      {message}") });
    }
}
