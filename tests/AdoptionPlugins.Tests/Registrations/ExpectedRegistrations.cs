using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Registrations;

/// <summary>
/// The registrations the plugin assembly's attributes state: every <see cref="PluginStepAttribute"/> as a step, every plugin
/// type in the assembly's data file, all with ids derived from names so regenerating gives the same files.
/// </summary>
public static class ExpectedRegistrations
{
    public const string IntroducedVersion = "1.0";

    private static readonly Assembly PluginAssembly = typeof(PluginEntryPoint).Assembly;

    public static IReadOnlyList<Type> PluginTypes { get; } = PluginAssembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IPlugin).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    public static PluginAssemblyRegistration Assembly()
    {
        var id = DeterministicGuid.Create("pluginassembly:" + PluginAssembly.GetName().Name);
        var name = PluginAssembly.GetName().Name!;
        return new PluginAssemblyRegistration
        {
            FullName = PluginAssembly.FullName!,
            PluginAssemblyId = id,
            IntroducedVersion = IntroducedVersion,
            FileName = $"/{PluginAssemblyXml.Folder}/{name.Replace(".", string.Empty, StringComparison.Ordinal)}-{id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant()}/{name}.dll",
            PluginTypes = PluginTypes.Select(type => new PluginTypeRegistration
            {
                Name = type.FullName!,
                AssemblyQualifiedName = QualifiedName(type),
                PluginTypeId = PluginTypeId(type),
                FriendlyName = DeterministicGuid.Create("plugintypefriendlyname:" + type.FullName).ToString("D", CultureInfo.InvariantCulture),
            }).ToValueList(),
        };
    }

    public static IReadOnlyList<StepRegistration> Steps() =>
        PluginTypes.SelectMany(type => type.GetCustomAttributes<PluginStepAttribute>().Select(step => Step(type, step)))
            .OrderBy(step => step.Name, StringComparer.Ordinal)
            .ToList();

    public static Guid PluginTypeId(Type pluginType) => DeterministicGuid.Create("plugintype:" + pluginType.FullName);

    public static string QualifiedName(Type pluginType) => $"{pluginType.FullName}, {pluginType.Assembly.FullName}";

    private static StepRegistration Step(Type type, PluginStepAttribute attribute)
    {
        var name = $"{type.FullName}: {attribute.Message} of {attribute.Table}";
        var images = new List<StepImageRegistration>();
        if (attribute.PreImage is { } preColumns)
        {
            images.Add(Image(name, ImageAliases.PreImage, ImageType.Pre, preColumns, "Target"));
        }

        if (attribute.PostImage is { } postColumns)
        {
            // A post-image on Create names the new row by the "id" output (solution-format 3, EDU sample).
            images.Add(Image(name, ImageAliases.PostImage, ImageType.Post, postColumns, attribute.Message == PluginMessages.Create ? "id" : "Target"));
        }

        return new StepRegistration
        {
            Id = DeterministicGuid.Create("step:" + name),
            Name = name,
            MessageName = attribute.Message,
            SdkMessageId = SdkMessages.IdOf(attribute.Message),
            PrimaryEntity = attribute.Table,
            PluginTypeName = QualifiedName(type),
            PluginTypeId = PluginTypeId(type),
            Stage = (PipelineStage)(int)attribute.Stage,
            Mode = (StepMode)(int)attribute.Mode,
            Rank = attribute.Rank,
            AsyncAutoDelete = attribute.Mode == PluginMode.Asynchronous,
            Description = attribute.Description ?? name,
            FilteringAttributes = Split(attribute.FilteringAttributes),
            IntroducedVersion = IntroducedVersion,
            Images = images.ToValueList(),
        };
    }

    private static StepImageRegistration Image(string stepName, string alias, ImageType type, string columns, string messageProperty) => new()
    {
        Id = DeterministicGuid.Create($"image:{stepName}:{alias}"),
        Name = alias,
        EntityAlias = alias,
        ImageType = type,
        Attributes = Split(columns),
        MessagePropertyName = messageProperty,
    };

    private static ValueList<string> Split(string? columns) =>
        (columns ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToValueList();
}
