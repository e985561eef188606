using System.Collections.Generic;
using System.IO;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A <c>pac solution create-settings</c> style file: environment variable values and connection reference bindings (dataverse-facts 3.1).</summary>
public sealed record DeploymentSettings(string Source, IReadOnlyList<EnvironmentVariableSetting> EnvironmentVariables, IReadOnlyList<ConnectionReferenceSetting> ConnectionReferences)
{
    public static DeploymentSettings None { get; } = new("(no settings file)", [], []);

    /// <summary>Reads and parses a settings file; bad JSON or fields throw <see cref="DeploymentInputException"/> naming the line and field.</summary>
    public static DeploymentSettings Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (System.Exception unreadable) when (unreadable is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            throw new DeploymentInputException($"Cannot read the settings file {path}: {unreadable.Message}", unreadable);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses settings already read; <paramref name="source"/> names the file in messages.</summary>
    public static DeploymentSettings Parse(byte[] utf8, string source) => DeploymentSettingsReader.Parse(utf8, source);
}
