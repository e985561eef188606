using System;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// States on the entry point the step that runs it, as <c>solution/SdkMessageProcessingSteps</c> registers it; a test keeps
/// the two in step both ways. Images are registered under <c>PreImage</c> and <c>PostImage</c> with the columns listed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PluginStepAttribute : Attribute
{
    public PluginStepAttribute(string message, string table, PluginStage stage, PluginMode mode)
    {
        Message = message;
        Table = table;
        Stage = stage;
        Mode = mode;
    }

    public string Message { get; }

    public string Table { get; }

    public PluginStage Stage { get; }

    public PluginMode Mode { get; }

    /// <summary>Comma-separated columns whose presence in an Update fires the step (dataverse-facts 1.3).</summary>
    public string? FilteringAttributes { get; set; }

    /// <summary>Comma-separated columns of the pre-image; none when null.</summary>
    public string? PreImage { get; set; }

    /// <summary>Comma-separated columns of the post-image; none when null.</summary>
    public string? PostImage { get; set; }

    public int Rank { get; set; } = 1;

    /// <summary>What the step is for, as the maker portal shows it.</summary>
    public string? Description { get; set; }
}
