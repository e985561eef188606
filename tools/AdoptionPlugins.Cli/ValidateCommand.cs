using System.CommandLine;
using System.IO;
using AdoptionPlugins.Tooling.Validation;

namespace AdoptionPlugins.Cli;

/// <summary>The validate verb: checks an unpacked tree or a solution zip offline, one line per problem.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var path = new Argument<FileSystemInfo?>("path")
        {
            Description = "An unpacked solution folder or a solution zip (default: solution/ of this repository).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var schemas = new Option<DirectoryInfo?>("--schemas")
        {
            Description = "Microsoft's XSD set 9.0.0.2090, the folder with CustomizationsSolution.xsd (default: ../shared/schemas/dataverse beside the repository). "
                + DataverseSchemas.DownloadHint + ".",
        };
        var configuration = SolutionOptions.Configuration("checked against the steps of a solution folder");
        var command = new Command(
            "validate",
            "Validate a solution as an import would judge it: the XSDs, solution.xml, root components, plugin steps against the built DLL, references and prefixes.")
        {
            path,
            schemas,
            configuration,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(path),
            parseResult.GetValue(schemas),
            parseResult.GetValue(configuration)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileSystemInfo? path, DirectoryInfo? schemasOption, string configuration, TextWriter stdout, TextWriter stderr)
    {
        var target = path?.FullName ?? SolutionOptions.SolutionFolder(null);
        var schemasFolder = schemasOption?.FullName ?? RepositoryLayout.SchemasFolder();
        if (target is null)
        {
            stderr.WriteLine("error: name the solution folder or zip to validate, or run validate inside a clone of the repository.");
            return ExitCodes.BadInput;
        }

        if (schemasFolder is null)
        {
            stderr.WriteLine($"error: the Dataverse schemas were not found beside the repository; pass --schemas <folder with {DataverseSchemas.CustomizationsFile}>. {DataverseSchemas.DownloadHint}.");
            return ExitCodes.BadInput;
        }

        ValidationReport report;
        try
        {
            var schemas = DataverseSchemas.Load(schemasFolder);
            report = Directory.Exists(target)
                ? SolutionValidator.ValidateFolder(target, SolutionOptions.BuildFolder(configuration), schemas)
                : SolutionValidator.ValidateZip(target, schemas);
        }
        catch (FileNotFoundException missing)
        {
            stderr.WriteLine($"error: {missing.Message}");
            return ExitCodes.BadInput;
        }
        catch (DirectoryNotFoundException missing)
        {
            stderr.WriteLine($"error: {missing.Message}");
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"Validated {target} against {schemasFolder}");
        foreach (var problem in report.Problems)
        {
            stdout.WriteLine(problem);
        }

        stdout.WriteLine(report.IsValid ? "Valid: no problems found." : $"{report.Problems.Count} problem(s) found.");
        return report.IsValid ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
