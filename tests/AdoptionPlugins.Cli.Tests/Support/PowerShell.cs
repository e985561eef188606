using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Cli.Tests.Support;

/// <summary>Runs deploy.ps1 with the real PowerShell from the repository's tool manifest (dotnet tool run pwsh), using the CLI built beside these tests.</summary>
public static class PowerShell
{
    public static async Task<(int ExitCode, string Output, string Error)> RunDeployScriptAsync(IReadOnlyDictionary<string, string> environment, params string[] parameters)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFolders.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", RepositoryFolders.InRepository("deploy.ps1"), .. parameters])
        {
            start.ArgumentList.Add(argument);
        }

        // The CLI built beside this test assembly, so the script does not run 'dotnet run' (a build) inside a test run.
        start.Environment["ADOPTION_CLI"] = Path.Combine(AppContext.BaseDirectory, "adoption.dll");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"deploy.ps1 did not finish within 3 minutes: {await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
