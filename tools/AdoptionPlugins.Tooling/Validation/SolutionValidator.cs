using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Validates an unpacked tree or a solution zip the way an import would judge it, offline: the schemas (customizations.xml with the
/// allowed deviations, its fragments, solution.xml), root components, plugin registrations against the built DLL, cross-references
/// and prefix hygiene. A tree is folded exactly as pack folds it, and each problem points at the file a person edits.
/// </summary>
public static class SolutionValidator
{
    /// <summary>
    /// Validates the tree under <paramref name="solutionFolder"/>; <paramref name="buildFolder"/> holds the built plugin DLL that
    /// pack would map in.
    /// </summary>
    public static ValidationReport ValidateFolder(string solutionFolder, string buildFolder, DataverseSchemas schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var problems = new List<ValidationProblem>();
        BuiltAssemblyMap assemblies;
        try
        {
            assemblies = BuiltAssemblies.Map(solutionFolder, buildFolder);
        }
        catch (InvalidDataException exception)
        {
            return Report(problems, exception);
        }

        problems.AddRange(assemblies.Problems.Select(Parse));
        return Validate(
            () => SolutionFolder.Fold(solutionFolder, SolutionFlavour.Unmanaged, assemblies.Files),
            schemas,
            problems,
            index => RelationshipListCheck.Check(solutionFolder, index));
    }

    /// <summary>Validates a solution zip as pack writes it or Dataverse exports it.</summary>
    public static ValidationReport ValidateZip(string zipPath, DataverseSchemas schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        return File.Exists(zipPath)
            ? Validate(() => SolutionZip.Read(zipPath), schemas, [], index => PackageCheck.Check(index.Package))
            : throw new FileNotFoundException($"No solution zip at {zipPath}.", zipPath);
    }

    /// <summary>
    /// Reads the package twice: the schema check removes the allowed deviations from its copy, the other checks need them.
    /// <paramref name="formSpecific"/> adds the checks only a tree or only a zip has.
    /// </summary>
    private static ValidationReport Validate(
        Func<SolutionPackage> read, DataverseSchemas schemas, List<ValidationProblem> problems, Func<SolutionIndex, IEnumerable<ValidationProblem>> formSpecific)
    {
        SolutionPackage forSchemas;
        SolutionPackage package;
        try
        {
            forSchemas = read();
            package = read();
        }
        catch (InvalidDataException exception)
        {
            return Report(problems, exception);
        }

        var index = new SolutionIndex(package);
        problems.AddRange(SolutionManifestCheck.Check(package.Manifest));
        problems.AddRange(SchemaCheck.Customizations(forSchemas.Customizations, schemas));
        problems.AddRange(RootComponentCheck.Check(index));
        problems.AddRange(PluginCheck.Check(index));
        problems.AddRange(ReferenceCheck.Check(index));
        problems.AddRange(FieldSecurityCheck.Check(index));
        problems.AddRange(PrefixCheck.Check(index));
        problems.AddRange(formSpecific(index));
        return new ValidationReport(problems);
    }

    private static ValidationReport Report(List<ValidationProblem> problems, InvalidDataException exception)
    {
        problems.Add(Parse(exception.Message));
        return new ValidationReport(problems);
    }

    /// <summary>Readers and pack phrase a problem as <c>file: what and why</c>; a message without a file is about the package as a whole.</summary>
    private static ValidationProblem Parse(string message)
    {
        var separator = message.IndexOf(": ", StringComparison.Ordinal);
        return separator < 0
            ? new ValidationProblem("(package)", null, message)
            : new ValidationProblem(message[..separator], null, message[(separator + 2)..]);
    }
}
