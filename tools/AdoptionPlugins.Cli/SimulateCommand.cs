using System;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Terminal;

namespace AdoptionPlugins.Cli;

/// <summary>
/// The simulate verb, the README's first command: a simulated organization plays weeks of work through the solution's own plugins
/// on the embedded emulator, with the daily evaluation every morning; then the report, an HTML page and the two solution zips.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var users = Ranged(
            new Option<int>("--users") { Description = $"People in the organization, {SimulationLimits.MinimumPeople}-{SimulationLimits.MaximumPeople}, not counting the integration user.", DefaultValueFactory = _ => SimulationLimits.DefaultPeople },
            SimulationLimits.MinimumPeople, SimulationLimits.MaximumPeople, "the organization needs a CEO, three executives, an assistant, an administrator, two managers, a rep, a new starter and someone on leave");
        var days = Ranged(
            new Option<int>("--days") { Description = $"Days to simulate, {SimulationLimits.MinimumDays}-{SimulationLimits.MaximumDays}, from a Monday.", DefaultValueFactory = _ => SimulationLimits.DefaultDays },
            SimulationLimits.MinimumDays, SimulationLimits.MaximumDays, "the new starter joins and the leave begins in the second week");
        var seed = new Option<int>("--seed") { Description = "Decides names, behaviour and hours; the same seed gives the same numbers.", DefaultValueFactory = _ => SimulationLimits.DefaultSeed };
        var privacy = new Option<string>("--privacy-mode") { Description = "The product's privacy mode: on (as installed) or off.", DefaultValueFactory = _ => "on" };
        privacy.AcceptOnlyFromAmong("on", "off");
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where the HTML report and the two solution zips are written (default: out/simulation of this repository)." };
        var solution = new Option<DirectoryInfo?>("--solution") { Description = "The unpacked solution to simulate and pack (default: solution/ of this repository)." };
        var configuration = SolutionOptions.Configuration("packed into the zips");
        var command = new Command("simulate", "Simulate an organization using the CRM for weeks, on an embedded emulator with the solution's own plugins and daily evaluation; report adoption, nudges, quick wins and a manager's view, and write the HTML report and the solution zips.")
        {
            users, days, seed, privacy, output, solution, configuration,
        };
        command.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var solutionFolder = SolutionOptions.SolutionFolder(parsed.GetValue(solution));
            var outputFolder = parsed.GetValue(output)?.FullName ?? SolutionOptions.InRepository("out", "simulation");
            if (solutionFolder is null || outputFolder is null)
            {
                error.WriteLine("error: run simulate inside a clone of the repository (it finds solution/ and out/ there), or pass --solution and --output.");
                return ExitCodes.BadInput;
            }

            var options = new SimulationOptions
            {
                People = parsed.GetValue(users),
                Days = parsed.GetValue(days),
                Seed = parsed.GetValue(seed),
                PrivacyMode = parsed.GetValue(privacy) == "on",
                SolutionFolder = solutionFolder,
                PluginBuildFolder = SolutionOptions.BuildFolder(parsed.GetValue(configuration)!),
                OutputFolder = outputFolder,
            };
            return Run(options, parsed.InvocationConfiguration.Output, error, environment);
        });
        return command;
    }

    /// <summary>Turns every way the simulation can stop into one "error:" line and an exit code that says what kind it was.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The CLI must never show a stack trace; the message is printed and the exit code says it failed.")]
    private static int Run(SimulationOptions options, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        try
        {
            ConsoleSimulation.Run(options, output, environment);
            return ExitCodes.Success;
        }
        catch (DirectoryNotFoundException missing)
        {
            error.WriteLine($"error: {missing.Message}");
            return ExitCodes.BadInput;
        }
        catch (FileNotFoundException unbuilt)
        {
            error.WriteLine($"error: {unbuilt.Message}");
            error.WriteLine("Build the plugin first: dotnet build src/AdoptionPlugins -c Release");
            return ExitCodes.BadInput;
        }
        catch (InvalidDataException problems)
        {
            error.WriteLine($"error: the solution cannot be packed: {problems.Message}");
            return ExitCodes.ProblemsFound;
        }
        catch (SimulationStoppedException stopped)
        {
            error.WriteLine($"error: {stopped.Message}");
            return ExitCodes.SimulationStopped;
        }
        catch (Exception unexpected)
        {
            error.WriteLine($"error: the simulation stopped unexpectedly ({unexpected.GetType().Name}: {unexpected.Message}).");
            return ExitCodes.SimulationStopped;
        }
    }

    private static Option<int> Ranged(Option<int> option, int minimum, int maximum, string why)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < minimum || value > maximum)
            {
                result.AddError($"{option.Name} must be between {minimum} and {maximum}, not {value}: {why}.");
            }
        });
        return option;
    }
}
