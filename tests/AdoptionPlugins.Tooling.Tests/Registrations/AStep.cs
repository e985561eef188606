using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>Steps that pass every rule unless a test changes them: synchronous PostOperation, rank 1, run by <see cref="ASolution"/>'s plug-in type.</summary>
public static class AStep
{
    public const string PluginTypeName =
        "AdoptionPlugins.Plugins.RecordActivity, AdoptionPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=1234567890abcdef";

    public static readonly Guid PluginTypeId = new("6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f");

    /// <summary>An Update step filtered on <c>name</c>.</summary>
    public static StepRegistration OnUpdate(string table = "account") => On("Update", table) with { FilteringAttributes = ["name"] };

    public static StepRegistration OnCreate(string table = "account") => On("Create", table);

    public static StepRegistration OnDelete(string table = "account") => On("Delete", table);

    public static StepRegistration On(string message, string table)
    {
        var name = $"AdoptionPlugins.Plugins.RecordActivity: {message} of {table}";
        return new StepRegistration
        {
            Id = Guid.NewGuid(),
            Name = name,
            Description = name,
            MessageName = message,
            SdkMessageId = SdkMessages.IdOf(message),
            PrimaryEntity = table,
            PluginTypeName = PluginTypeName,
            PluginTypeId = PluginTypeId,
            Stage = PipelineStage.PostOperation,
            Mode = StepMode.Synchronous,
            Rank = 1,
        };
    }

    public static StepRegistration In(this StepRegistration step, PipelineStage stage) => step with { Stage = stage };

    /// <summary>Asynchronous with auto-delete, as our policy wants.</summary>
    public static StepRegistration Asynchronous(this StepRegistration step) => step with { Mode = StepMode.Asynchronous, AsyncAutoDelete = true };

    public static StepRegistration Named(this StepRegistration step, string name) => step with { Name = name };

    /// <summary>Adds an image aliased PreImage, PostImage or Image, listing <paramref name="attributes"/>.</summary>
    public static StepRegistration WithImage(this StepRegistration step, ImageType type, params string[] attributes)
    {
        var alias = type switch
        {
            ImageType.Pre => "PreImage",
            ImageType.Post => "PostImage",
            _ => "Image",
        };
        var image = new StepImageRegistration
        {
            Id = Guid.NewGuid(),
            Name = alias,
            EntityAlias = alias,
            ImageType = type,
            Attributes = [.. attributes],
            MessagePropertyName = step.MessageName == "Create" ? "id" : "Target",
        };
        return step with { Images = [.. step.Images.Append(image)] };
    }
}
