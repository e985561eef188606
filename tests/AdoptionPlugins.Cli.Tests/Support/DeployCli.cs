using System.Collections.Generic;
using System.IO;
using AdoptionPlugins.FakeDataverse;

namespace AdoptionPlugins.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with its own environment variables, so parallel tests never see each other's credentials.</summary>
public static class DeployCli
{
    public static readonly Dictionary<string, string> GoodToken = new() { ["DATAVERSE_ACCESS_TOKEN"] = FakeScenario.GoodToken };

    public static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error, name => environment.GetValueOrDefault(name));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A pac-style settings file that sets quiet days and binds the Dataverse connection.</summary>
    public static string Settings(TemporaryFolder folder) => folder.File("settings.json", $$"""
        {
          "EnvironmentVariables": [ { "SchemaName": "{{TestSolutionZip.QuietDays}}", "Value": "3" } ],
          "ConnectionReferences": [ { "LogicalName": "{{TestSolutionZip.DataverseConnection}}", "ConnectionId": "shared-commondataser-1", "ConnectorId": "{{TestSolutionZip.DataverseConnector}}" } ]
        }
        """);
}
