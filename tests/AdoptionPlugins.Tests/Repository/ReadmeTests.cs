using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AdoptionPlugins.Testing;
using Xunit;

namespace AdoptionPlugins.Tests.Repository;

public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryFolders.InRepository("README.md"));

    [Fact]
    public void Readme_HasExactlyTwoSetUpCommands()
    {
        var commands = ShellBlocks().Matches(Readme).Select(match => match.Groups[1].Value.Trim()).ToList();

        Assert.Equal(2, commands.Count);
        Assert.Equal("dotnet run --project tools/AdoptionPlugins.Cli -c Release -- simulate", commands[0]);
        Assert.StartsWith("dotnet test", commands[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CiScript_RunsTheReadmeTestCommandVerbatim()
    {
        var testCommand = ShellBlocks().Matches(Readme)[1].Groups[1].Value.Trim();

        var ciScript = File.ReadAllLines(RepositoryFolders.InRepository(".ci", "run"));

        Assert.Contains(ciScript, line => line.TrimStart().StartsWith(testCommand + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPathTheReadmeNames_Exists()
    {
        var paths = QuotedPaths().Matches(Readme).Select(match => match.Groups[1].Value).Distinct().ToList();

        var missing = paths.Where(path => !File.Exists(RepositoryFolders.InRepository(path)) && !Directory.Exists(RepositoryFolders.InRepository(path))).ToList();

        Assert.NotEmpty(paths);
        Assert.True(missing.Count == 0, "README.md names paths that do not exist: " + string.Join(", ", missing));
    }

    [GeneratedRegex("```sh\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex ShellBlocks();

    // `src/...`, `tests/...`, `tools/...`, `solution/...` or a root file such as `deploy.ps1`.
    [GeneratedRegex("`((?:src|tests|tools|solution)/[^`\\s]*|deploy\\.ps1)`")]
    private static partial Regex QuotedPaths();
}
