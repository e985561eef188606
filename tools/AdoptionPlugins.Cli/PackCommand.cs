using System;
using System.CommandLine;
using System.IO;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Cli;

/// <summary>The pack verb: writes the managed and the unmanaged solution zip from solution/ and the built plugin DLL.</summary>
public static class PackCommand
{
    public static Command Create()
    {
        var solution = new Option<DirectoryInfo?>("--solution")
        {
            Description = "The unpacked solution, the folder that holds Other/ (default: solution/ of this repository).",
        };
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Where the two zips are written (default: out/ of this repository).",
        };
        var configuration = SolutionOptions.Configuration("packed");
        var command = new Command(
            "pack",
            $"Pack the solution into AdoptionPlugins_<version>_managed.zip and AdoptionPlugins_<version>.zip, stamped with release version {ReleaseVersion.Current}.")
        {
            solution,
            output,
            configuration,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(solution),
            parseResult.GetValue(output),
            parseResult.GetValue(configuration)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo? solution, DirectoryInfo? output, string configuration, TextWriter stdout, TextWriter stderr)
    {
        var solutionFolder = SolutionOptions.SolutionFolder(solution);
        var outputFolder = output?.FullName ?? SolutionOptions.InRepository("out");
        var buildFolder = SolutionOptions.BuildFolder(configuration);
        if (solutionFolder is null || outputFolder is null)
        {
            stderr.WriteLine("error: run pack inside a clone of the repository (it finds solution/ and out/ there), or pass --solution and --output.");
            return ExitCodes.BadInput;
        }

        PackResult result;
        try
        {
            result = SolutionPacker.Pack(new PackRequest(solutionFolder, buildFolder, outputFolder, ReleaseVersion.Current));
        }
        catch (DirectoryNotFoundException missing)
        {
            WriteLines(stderr, missing.Message);
            return ExitCodes.BadInput;
        }
        catch (FileNotFoundException unbuilt)
        {
            WriteLines(stderr, unbuilt.Message);
            stderr.WriteLine($"Build the plugin first: dotnet build src/AdoptionPlugins -c {configuration}");
            return ExitCodes.BadInput;
        }
        catch (InvalidDataException problems)
        {
            WriteLines(stderr, problems.Message);
            return ExitCodes.ProblemsFound;
        }

        stdout.WriteLine($"Packed {solutionFolder} as version {ReleaseVersion.Current}:");
        stdout.WriteLine($"  managed    {result.ManagedZip}");
        stdout.WriteLine($"  unmanaged  {result.UnmanagedZip}");
        return ExitCodes.Success;
    }

    private static void WriteLines(TextWriter writer, string message)
    {
        foreach (var line in message.Split(Environment.NewLine))
        {
            writer.WriteLine($"error: {line}");
        }
    }
}
