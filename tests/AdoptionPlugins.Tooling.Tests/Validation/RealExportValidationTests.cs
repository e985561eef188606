using System;
using System.IO;
using System.IO.Compression;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

/// <summary>The packed managed EDU exports, zipped again from their extracted copies: validate raises nothing a real import would not.</summary>
public class RealExportValidationTests
{
    /// <summary>
    /// What validate reports on these real, importable exports, and why each is expected: the copies in ../shared lack the binaries
    /// and web resources; the empty image attribute list is our policy, stricter than the platform; connection roles (type 63) and
    /// the platform's own connectionrole_category choice are components we never ship.
    /// </summary>
    private static readonly string[] Expected =
    [
        "which is not in the zip",
        "lists no attributes, so it holds every column",
        "RootComponent type 63 (40 of them) is not a component type validate can check",
        "the global choice connectionrole_category does not start with the publisher prefix mshied_",
    ];

    public static TheoryData<string> ManagedExports => [.. EducationExports.Names()];

    [Theory]
    [MemberData(nameof(ManagedExports))]
    public void RealManagedExport_RaisesOnlyTheKnownDifferences(string export)
    {
        using var output = new FixtureTree();
        Directory.CreateDirectory(output.OutputFolder);
        var zip = Path.Combine(output.OutputFolder, export.Replace(".extracted", string.Empty, StringComparison.Ordinal));
        ZipFile.CreateFromDirectory(Path.Combine(EducationExports.Folder, export), zip);

        var problems = SolutionValidator.ValidateZip(zip, SharedSchemas.Load()).Problems;

        Assert.All(problems, problem => Assert.Contains(Expected, expected => problem.Message.Contains(expected, StringComparison.Ordinal)));
    }
}
