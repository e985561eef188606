using System;
using System.IO;
using AdoptionPlugins.Simulation.Running;
using Spectre.Console;

namespace AdoptionPlugins.Simulation.Terminal;

/// <summary>Runs a simulation for a person at a console: progress while it runs, then the report's tables and where the files are.</summary>
public static class ConsoleSimulation
{
    public static SimulationResult Run(SimulationOptions options, TextWriter output, Func<string, string?> environment)
    {
        var console = SimulationConsole.Create(output, environment);
        var result = console.Profile.Capabilities.Interactive
            ? console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context => Simulator.Run(options, new ProgressBar(context.AddTask("Building the organization"))))
            : Simulator.Run(options, new WeeklyProgressLog(console));
        TerminalReport.Write(console, result);
        return result;
    }
}
