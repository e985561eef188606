using System.IO;
using AdoptionPlugins.Testing;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class InspectPluginCommandTests
{
    private static readonly string Listings = RepositoryFolders.InShared("xrm-sdk-api");

    [Fact]
    public void ShippedPlugin_IsReadyForDataverse()
    {
        var (exitCode, output, _) = Run("inspect-plugin", "--sdk-listings", Listings);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Target framework  .NETFramework,Version=v4.6.2", output, System.StringComparison.Ordinal);
        Assert.Contains("Ready for Dataverse", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ModernBuild_IsNotReadyAndSaysWhy()
    {
        var modernBuild = typeof(CliApplication).Assembly.Location;

        var (exitCode, output, _) = Run("inspect-plugin", "--plugin", modernBuild, "--sdk-listings", Listings);

        Assert.Equal(ExitCodes.ProblemsFound, exitCode);
        Assert.Contains("target framework is .NETCoreApp,Version=v10.0", output, System.StringComparison.Ordinal);
        Assert.Contains("assemblyref System.Runtime", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPlugin_IsABadInputWithAClearMessage()
    {
        var (exitCode, output, error) = Run("inspect-plugin", "--plugin", "/no/such/plugin.dll", "--sdk-listings", Listings);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal("error: No plugin assembly at /no/such/plugin.dll.", error.Trim());
        Assert.Empty(output);
    }

    [Fact]
    public void UnknownOption_IsABadInputWithoutAStackTrace()
    {
        var (exitCode, _, error) = Run("inspect-plugin", "--frobnicate");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("error: Unrecognized command or argument '--frobnicate'", error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, System.StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
