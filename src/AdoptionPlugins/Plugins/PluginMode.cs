namespace AdoptionPlugins.Plugins;

/// <summary>Whether a step runs inside the user's operation or after it as a system job (dataverse-facts 1.6, 1.7).</summary>
public enum PluginMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
