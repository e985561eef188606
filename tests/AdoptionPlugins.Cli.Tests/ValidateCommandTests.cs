using System;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Packaging;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class ValidateCommandTests
{
    private static readonly string Schemas = RepositoryFolders.InShared("schemas", "dataverse");

    [Fact]
    public void OurSolution_IsValid()
    {
        var (exitCode, output, error) = CliRun.Of("validate", RepositoryFolders.InRepository("solution"), "--schemas", Schemas, "-c", CliRun.Configuration);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(error);
        Assert.EndsWith($"Valid: no problems found.{Environment.NewLine}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OurPackedManagedZip_IsValid()
    {
        using var scratch = new ScratchSolution();
        var zips = SolutionPacker.Pack(new PackRequest(scratch.Path, scratch.OutputFolder, scratch.OutputFolder, ReleaseVersion.Current));

        var (exitCode, output, _) = CliRun.Of("validate", zips.ManagedZip, "--schemas", Schemas);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith($"Validated {zips.ManagedZip} against {Schemas}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSolution_ExitsWithProblemsOneLineEach()
    {
        using var scratch = new ScratchSolution();
        scratch.Write("Roles/Reader.xml", "<Role id=\"{4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80}\" name=\"Reader\"><RolePrivileges><RolePrivilege name=\"prvReadadopt_Gadget\" level=\"Global\" /></RolePrivileges></Role>");

        var (exitCode, output, _) = CliRun.Of("validate", scratch.Path, "--schemas", Schemas);

        Assert.Equal(ExitCodes.ProblemsFound, exitCode);
        Assert.Contains($"Roles/Reader.xml:1: the security role {{4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80}} is not a RootComponent of type 20 in solution.xml", output, StringComparison.Ordinal);
        Assert.Contains("Roles/Reader.xml:1: privilege prvReadadopt_Gadget is for the table adopt_Gadget, which is not in the solution", output, StringComparison.Ordinal);
        Assert.EndsWith($"2 problem(s) found.{Environment.NewLine}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSchemaFolder_IsBadInputSayingWhereToGetIt()
    {
        var (exitCode, output, error) = CliRun.Of("validate", RepositoryFolders.InRepository("solution"), "--schemas", "/no/such/schemas");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("error: No schema folder at /no/such/schemas. Pass the folder that holds CustomizationsSolution.xsd; Microsoft publishes them as Schemas.zip", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void PathThatDoesNotExist_IsBadInput()
    {
        var (exitCode, _, error) = CliRun.Of("validate", "/no/such/solution.zip", "--schemas", Schemas);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal("error: No solution zip at /no/such/solution.zip.", error.Trim());
    }

    [Fact]
    public void Help_ExplainsTheSchemasOption()
    {
        var (exitCode, output, _) = CliRun.Of("validate", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("--schemas", output, StringComparison.Ordinal);
        Assert.Contains("Schemas.zip", output, StringComparison.Ordinal);
    }
}
