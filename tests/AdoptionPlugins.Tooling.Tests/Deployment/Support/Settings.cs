using System.Text;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Tests.Deployment.Support;

/// <summary>Deployment settings files for tests, parsed from JSON text like an admin would write them.</summary>
public static class Settings
{
    public const string ConnectionId = "shared-commondataser-0f1e2d3c";

    public static DeploymentSettings Parse(string json) => DeploymentSettings.Parse(Encoding.UTF8.GetBytes(json), "settings.json");

    /// <summary>Quiet days set to 3 and the Dataverse connection bound: what a complete pac-style file looks like.</summary>
    public static DeploymentSettings Complete() => Parse($$"""
        {
          "EnvironmentVariables": [
            { "SchemaName": "{{TestSolutionZip.QuietDays}}", "Value": "3" },
            { "SchemaName": "{{TestSolutionZip.SponsorEmail}}", "Value": "" }
          ],
          "ConnectionReferences": [
            { "LogicalName": "{{TestSolutionZip.DataverseConnection}}", "ConnectionId": "{{ConnectionId}}", "ConnectorId": "{{TestSolutionZip.DataverseConnector}}" }
          ]
        }
        """);
}
