using System.IO;
using System.Reflection;

namespace AdoptionPlugins.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it writes.</summary>
public static class CliRun
{
    /// <summary>The configuration the tests were built in, which built the plugin DLL too (src/AdoptionPlugins/bin/&lt;it&gt;/net462).</summary>
    public static string Configuration { get; } = typeof(CliRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static (int ExitCode, string Output, string Error) Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
