namespace AdoptionPlugins.Plugins;

/// <summary>The pipeline stage a step runs in (dataverse-facts 1.6); 30 belongs to the platform and custom APIs.</summary>
public enum PluginStage
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}
