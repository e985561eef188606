using System;
using System.Linq;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Tests.Deployment.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class DeploymentSettingsTests
{
    [Fact]
    public void PacCreateSettingsFile_IsReadWithTheLineOfEachEntry()
    {
        var settings = Settings.Complete();

        Assert.Equal([("adopt_QuietDays", "3", 3), ("adopt_SponsorEmail", string.Empty, 4)], settings.EnvironmentVariables.Select(setting => (setting.SchemaName, setting.Value, setting.Line)));
        Assert.Equal(Settings.ConnectionId, settings.ConnectionReferences.Single().ConnectionId);
    }

    [Fact]
    public void BrokenJson_NamesTheLine()
    {
        var error = Assert.Throws<DeploymentInputException>(() => Settings.Parse("{\n  \"EnvironmentVariables\": [\n    { \"SchemaName\": \"a\" \"Value\": \"1\" }\n  ]\n}"));

        Assert.StartsWith("settings.json line 3: not valid JSON (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSchemaName_NamesTheLineAndField()
    {
        var error = Assert.Throws<DeploymentInputException>(() => Settings.Parse("{\n  \"EnvironmentVariables\": [\n    { \"SchemaName\": \"a\", \"Value\": \"1\" },\n    { \"Value\": \"2\" }\n  ]\n}"));

        Assert.Equal("settings.json line 4: EnvironmentVariables[1].SchemaName is missing or empty.", error.Message);
    }

    [Fact]
    public void NumberWithoutQuotes_AsksForAString()
    {
        var error = Assert.Throws<DeploymentInputException>(() => Settings.Parse("{ \"EnvironmentVariables\": [\n { \"SchemaName\": \"a\", \"Value\": 2 } ] }"));

        Assert.Equal("settings.json line 2: EnvironmentVariables[0].Value must be a string (put the value in quotes).", error.Message);
    }

    [Fact]
    public void MisspelledSection_IsNamedWithTheKnownOnes()
    {
        var error = Assert.Throws<DeploymentInputException>(() => Settings.Parse("{\n \"EnvironmentVariable\": [] }"));

        Assert.Equal("settings.json line 2: unknown section \"EnvironmentVariable\"; a deployment settings file has EnvironmentVariables and ConnectionReferences.", error.Message);
    }

    [Fact]
    public void UnknownField_IsNamedWithTheExpectedOnes()
    {
        var error = Assert.Throws<DeploymentInputException>(() => Settings.Parse("{ \"ConnectionReferences\": [ { \"LogicalName\": \"a\", \"Connection\": \"x\" } ] }"));

        Assert.Equal("settings.json line 1: ConnectionReferences[0] has an unknown field \"Connection\"; expected LogicalName, ConnectionId, ConnectorId.", error.Message);
    }
}
