using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

public class SolutionManifestCheckTests
{
    public static TheoryData<string> RealManifests =>
        [
            .. Directory.GetFiles(RepositoryFolders.InShared("solution-samples"), "*.xml", SearchOption.AllDirectories)
                .Where(path => Path.GetFileName(path) is "Solution.xml" or "solution.xml")
                .Select(path => Path.GetRelativePath(RepositoryFolders.InShared("solution-samples"), path))
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(RealManifests))]
    public void RealExportsManifest_PassesOurSchema(string manifest)
    {
        var path = Path.Combine(RepositoryFolders.InShared("solution-samples"), manifest);

        var problems = SolutionManifestCheck.Check(PackageXml.LoadFile(path, manifest));

        Assert.Empty(problems);
    }

    [Fact]
    public void OurManifest_PassesOurSchema()
    {
        var problems = SolutionManifestCheck.Check(PackageXml.LoadFile(RepositoryFolders.InRepository("solution", "Other", "Solution.xml"), "Other/Solution.xml"));

        Assert.Empty(problems);
    }

    [Fact]
    public void PrefixLongerThanEightCharacters_IsReported()
    {
        using var tree = new FixtureTree().Replace("Other/Solution.xml", "<CustomizationPrefix>adopt</CustomizationPrefix>", "<CustomizationPrefix>adoptionplugins</CustomizationPrefix>");

        var problem = Assert.Single(Check(tree));

        Assert.StartsWith("The 'CustomizationPrefix' element is invalid - The value 'adoptionplugins' is invalid", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("(SolutionManifest.xsd, written from the real exports)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedBeforeVersion_IsReportedAsOutOfOrder()
    {
        using var tree = new FixtureTree().Replace("Other/Solution.xml", "<Version>0.0.0.0</Version>", "<Managed>2</Managed><Version>0.0.0.0</Version><Managed>2</Managed>")
            .Replace("Other/Solution.xml", "</Version><Managed>2</Managed>", "</Version>");

        var problem = Assert.Single(Check(tree));

        Assert.Equal("Other/Solution.xml", problem.File);
        Assert.StartsWith("The element 'SolutionManifest' has invalid child element 'Managed'. List of possible elements expected: 'Version'", problem.Message, StringComparison.Ordinal);
    }

    private static System.Collections.Generic.IReadOnlyList<ValidationProblem> Check(FixtureTree tree) =>
        SolutionManifestCheck.Check(PackageXml.LoadFile(Path.Combine(tree.Path, "Other", "Solution.xml"), "Other/Solution.xml"));
}
