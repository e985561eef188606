using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Step registrations for test plugins, as a solution file would hold them: synchronous PostOperation, rank 1, unless changed.</summary>
public static class AStep
{
    public static StepRegistration For<TPlugin>(string message, string? table = "task")
        where TPlugin : IPlugin
    {
        var type = typeof(TPlugin);
        return new StepRegistration
        {
            Id = Guid.NewGuid(),
            Name = $"{type.FullName}: {message} of {table ?? "any entity"}",
            MessageName = message,
            SdkMessageId = SdkMessages.IdOf(message),
            PrimaryEntity = table,
            PluginTypeName = type.AssemblyQualifiedName,
            PluginTypeId = Guid.NewGuid(),
            Stage = PipelineStage.PostOperation,
            Mode = StepMode.Synchronous,
            Rank = 1,
        };
    }

    public static StepRegistration In(this StepRegistration step, PipelineStage stage) => step with { Stage = stage };

    public static StepRegistration Asynchronous(this StepRegistration step, bool autoDelete = false) =>
        step with { Mode = StepMode.Asynchronous, AsyncAutoDelete = autoDelete };

    public static StepRegistration Ranked(this StepRegistration step, int rank) => step with { Rank = rank };

    public static StepRegistration Configured(this StepRegistration step, string configuration) => step with { Configuration = configuration };

    public static StepRegistration FilteredOn(this StepRegistration step, params string[] columns) => step with { FilteringAttributes = [.. columns] };

    public static StepRegistration WithImage(this StepRegistration step, ImageType type, string alias, params string[] columns)
    {
        var image = new StepImageRegistration
        {
            Id = Guid.NewGuid(),
            Name = alias,
            EntityAlias = alias,
            ImageType = type,
            Attributes = [.. columns],
            MessagePropertyName = step.MessageName == "Create" ? "id" : "Target",
        };
        return step with { Images = [.. step.Images.Append(image)] };
    }
}
