using System;
using System.CommandLine;
using System.IO;

namespace AdoptionPlugins.Cli;

/// <summary>The command tree and its conventions: findings go to standard output, mistakes in the call to standard error with exit code 2.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Environment.GetEnvironmentVariable);

    /// <summary>Runs with <paramref name="environment"/> reading environment variables (credentials), so tests can pass their own.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var root = new RootCommand("AdoptionPlugins: make CRM adoption visible and steerable in Dynamics 365.")
        {
            InspectPluginCommand.Create(),
            DeployCommand.Create(environment),
            UninstallCommand.Create(environment),
            BackfillCommand.Create(environment),
            EvaluateCommand.Create(environment),
            PackCommand.Create(),
            ValidateCommand.Create(),
            SimulateCommand.Create(environment),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run 'adoption --help' to see the commands and their options.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
