using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>What a packed solution zip holds that a deployment needs: identity, version, the zip's bytes, and the components to configure after import.</summary>
public sealed class SolutionPackage
{
    /// <summary>The suffix of the Yes/No environment variable that switches nudge sending on, after the publisher prefix (e.g. <c>adopt_SendingEnabled</c>).</summary>
    public const string SendingSwitchSuffix = "_SendingEnabled";

    public required string Path { get; init; }

    public required string UniqueName { get; init; }

    public required Version Version { get; init; }

    public required bool IsManaged { get; init; }

    public required string PublisherPrefix { get; init; }

    public required ReadOnlyMemory<byte> Content { get; init; }

    public IReadOnlyList<EnvironmentVariableDefinition> EnvironmentVariables { get; init; } = [];

    public IReadOnlyList<ConnectionReferenceDefinition> ConnectionReferences { get; init; } = [];

    public IReadOnlyList<CloudFlowDefinition> CloudFlows { get; init; } = [];

    public IReadOnlyList<AlternateKeyDefinition> AlternateKeys { get; init; } = [];

    public IReadOnlyList<PluginStepDefinition> PluginSteps { get; init; } = [];

    public IReadOnlyList<TableDefinition> Tables { get; init; } = [];

    /// <summary>The Yes/No variable that turns sending on, or null when this solution has none.</summary>
    public EnvironmentVariableDefinition? SendingSwitch =>
        EnvironmentVariables.FirstOrDefault(variable => string.Equals(variable.SchemaName, PublisherPrefix + SendingSwitchSuffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The adoption settings table, where privacy mode is saved, or null when this solution has none.</summary>
    public TableDefinition? SettingsTable =>
        Tables.FirstOrDefault(table => string.Equals(table.LogicalName, PrivacyModeSetting.TableLogicalName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a packed solution zip; throws <see cref="DeploymentInputException"/> naming the problem when it is not one.</summary>
    public static SolutionPackage Read(string zipPath) => SolutionPackageReader.Read(zipPath);

    /// <summary>Reads a solution zip already in memory (for example one received over HTTP); <paramref name="name"/> appears in messages.</summary>
    public static SolutionPackage FromBytes(byte[] content, string name) => SolutionPackageReader.Read(content, name);

    public EnvironmentVariableDefinition? FindEnvironmentVariable(string schemaName) =>
        EnvironmentVariables.FirstOrDefault(variable => string.Equals(variable.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase));

    public ConnectionReferenceDefinition? FindConnectionReference(string logicalName) =>
        ConnectionReferences.FirstOrDefault(reference => string.Equals(reference.LogicalName, logicalName, StringComparison.OrdinalIgnoreCase));
}
