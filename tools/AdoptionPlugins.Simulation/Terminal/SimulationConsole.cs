using System;
using System.IO;
using Spectre.Console;

namespace AdoptionPlugins.Simulation.Terminal;

/// <summary>
/// The console the simulation writes to: colours, Unicode tables and a live progress bar in a terminal; plain ASCII text, a
/// fixed width and a line per week when the output is redirected or runs in CI, so logs stay readable.
/// </summary>
public static class SimulationConsole
{
    /// <summary>Wide enough for the report's tables in a log; a terminal uses its own width.</summary>
    public const int PlainWidth = 120;

    public static IAnsiConsole Create(TextWriter writer, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(environment);
        var output = new AnsiConsoleOutput(writer);
        if (output.IsTerminal && string.IsNullOrEmpty(environment("CI")))
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = output });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = PlainWidth;
        console.Profile.Capabilities.Unicode = false;
        return console;
    }
}
