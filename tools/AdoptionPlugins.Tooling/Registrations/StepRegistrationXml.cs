using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>
/// Reads and writes <c>SdkMessageProcessingStep</c> XML with the element names and order of real exports
/// (solution-format 3): UTF-8 with a BOM, two-space indentation, LF line ends and no final newline, as the unpacked samples are.
/// </summary>
public static class StepRegistrationXml
{
    public const string Folder = "SdkMessageProcessingSteps";

    /// <summary>The only handler type we register: a plug-in type (service endpoints use another code).</summary>
    private const int PluginEventHandlerTypeCode = 4602;

    private static readonly string[] StepElements =
    [
        "SdkMessageId", "SdkMessageName", "PluginTypeName", "PluginTypeId", "PluginTypeExportKey", "PrimaryEntity",
        "AsyncAutoDelete", "Configuration", "Description", "FilteringAttributes", "InvocationSource", "Mode", "Rank",
        "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion",
        "SdkMessageProcessingStepImages",
    ];

    private static readonly string[] ImageElements =
    [
        "SdkMessageProcessingStepImageId", "Attributes", "EntityAlias", "ImageType", "MessagePropertyName", "IsCustomizable",
    ];

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary><c>SdkMessageProcessingSteps/{id}.xml</c>, the id lower case in braces as exports name it.</summary>
    public static string RelativePathOf(Guid stepId) => $"{Folder}/{stepId.ToString("B", CultureInfo.InvariantCulture)}.xml";

    /// <summary>Reads one step file; <paramref name="source"/> is the path shown in errors.</summary>
    public static StepRegistration ReadFile(string path, string source)
    {
        var step = Read(LoadRoot(path, source, "SdkMessageProcessingStep"), source);
        var fileName = Path.GetFileNameWithoutExtension(path);
        return Guid.TryParse(fileName, out var fileId) && fileId == step.Id
            ? step
            : throw Error(source, $"the file is named {fileName} but its SdkMessageProcessingStepId is {step.Id:B}; name it {step.Id:B}.xml");
    }

    /// <summary>Reads a <c>&lt;SdkMessageProcessingStep&gt;</c> element, from a step file or from a packed customizations.xml.</summary>
    public static StepRegistration Read(XElement step, string source)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Name.LocalName != "SdkMessageProcessingStep")
        {
            throw Error(source, $"<{step.Name.LocalName}> is not a <SdkMessageProcessingStep>");
        }

        RequireOnlyKnownChildren(step, StepElements, source);
        var (messageName, messageId) = ReadMessage(step, source);
        var pluginTypeName = Text(step, "PluginTypeName");
        var exportKey = Text(step, "PluginTypeExportKey");
        if (exportKey is not null && (pluginTypeName is not null || Text(step, "PluginTypeId") is not null))
        {
            throw Error(source, "the step has both <PluginTypeExportKey> and <PluginTypeName>/<PluginTypeId>; it names its plug-in type one way");
        }

        if (pluginTypeName is null && exportKey is null)
        {
            throw Error(source, "<PluginTypeName> is missing; a step names the plug-in type it runs");
        }

        var handlerType = Integer(step, "EventHandlerTypeCode", source, PluginEventHandlerTypeCode);
        if (handlerType != PluginEventHandlerTypeCode)
        {
            throw Error(source, $"<EventHandlerTypeCode> is {handlerType}; only plug-in types ({PluginEventHandlerTypeCode}) are supported");
        }

        return new StepRegistration
        {
            Id = ParseGuid(RequiredAttribute(step, "SdkMessageProcessingStepId", source), "SdkMessageProcessingStepId", source),
            Name = RequiredAttribute(step, "Name", source),
            MessageName = messageName,
            SdkMessageId = messageId,
            PrimaryEntity = Text(step, "PrimaryEntity"),
            PluginTypeName = pluginTypeName,
            PluginTypeId = pluginTypeName is null ? null : RequiredGuid(step, "PluginTypeId", source),
            PluginTypeExportKey = exportKey,
            Stage = ReadStage(step, source),
            Mode = ReadMode(step, source),
            Rank = RequiredInteger(step, "Rank", source),
            AsyncAutoDelete = Flag(step, "AsyncAutoDelete", source, fallback: false),
            Configuration = Text(step, "Configuration"),
            Description = Text(step, "Description"),
            FilteringAttributes = Columns(Text(step, "FilteringAttributes")),
            InvocationSource = Integer(step, "InvocationSource", source, 0),
            SupportedDeployment = Integer(step, "SupportedDeployment", source, 0),
            IsCustomizable = Flag(step, "IsCustomizable", source, fallback: true),
            IsHidden = Flag(step, "IsHidden", source, fallback: false),
            IntroducedVersion = Text(step, "IntroducedVersion"),
            Images = ReadImages(step, source),
        };
    }

    /// <summary>The file's bytes: the same step always gives the same bytes.</summary>
    public static byte[] Write(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return ToExportBytes(ToElement(step));
    }

    /// <summary>Writes the step to <c>SdkMessageProcessingSteps/{id}.xml</c> under <paramref name="solutionFolder"/> and returns the path.</summary>
    public static string WriteTo(string solutionFolder, StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var path = Path.Combine(solutionFolder, step.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Write(step));
        return path;
    }

    private static XElement ToElement(StepRegistration step)
    {
        if (step.PluginTypeName is null != step.PluginTypeId is null || (step.PluginTypeName is null && step.PluginTypeExportKey is null))
        {
            throw new ArgumentException($"Step {step.Name} needs a plug-in type: both PluginTypeName and PluginTypeId, or a PluginTypeExportKey.", nameof(step));
        }

        return new XElement(
            "SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", step.Id.ToString("B", CultureInfo.InvariantCulture)),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            step.SdkMessageId is { } messageId
                ? new XElement("SdkMessageId", messageId.ToString("D", CultureInfo.InvariantCulture))
                : new XElement("SdkMessageName", step.MessageName),
            Optional("PluginTypeName", step.PluginTypeName),
            Optional("PluginTypeId", step.PluginTypeId?.ToString("D", CultureInfo.InvariantCulture)),
            Optional("PluginTypeExportKey", step.PluginTypeExportKey),
            Optional("PrimaryEntity", step.PrimaryEntity),
            FlagElement("AsyncAutoDelete", step.AsyncAutoDelete),
            Optional("Configuration", step.Configuration),
            Optional("Description", step.Description),
            new XElement("FilteringAttributes", string.Join(',', step.FilteringAttributes)),
            NumberElement("InvocationSource", step.InvocationSource),
            NumberElement("Mode", (int)step.Mode),
            NumberElement("Rank", step.Rank),
            NumberElement("EventHandlerTypeCode", PluginEventHandlerTypeCode),
            NumberElement("Stage", (int)step.Stage),
            FlagElement("IsCustomizable", step.IsCustomizable),
            FlagElement("IsHidden", step.IsHidden),
            NumberElement("SupportedDeployment", step.SupportedDeployment),
            Optional("IntroducedVersion", step.IntroducedVersion),
            new XElement("SdkMessageProcessingStepImages", step.Images.Select(ToElement)));
    }

    private static XElement ToElement(StepImageRegistration image) =>
        new(
            "SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Name),
            new XElement("SdkMessageProcessingStepImageId", image.Id.ToString("B", CultureInfo.InvariantCulture)),
            new XElement("Attributes", string.Join(',', image.Attributes)),
            new XElement("EntityAlias", image.EntityAlias),
            NumberElement("ImageType", (int)image.ImageType),
            new XElement("MessagePropertyName", image.MessagePropertyName),
            FlagElement("IsCustomizable", image.IsCustomizable));

    private static XElement? Optional(string name, string? value) => value is null ? null : new XElement(name, value);

    private static XElement FlagElement(string name, bool value) => new(name, value ? "1" : "0");

    private static XElement NumberElement(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    private static (string Name, Guid? Id) ReadMessage(XElement step, string source)
    {
        var idText = Text(step, "SdkMessageId");
        var name = Text(step, "SdkMessageName");
        if (idText is not null && name is not null)
        {
            throw Error(source, "the step has both <SdkMessageId> and <SdkMessageName>; it names its message once");
        }

        if (idText is null)
        {
            return string.IsNullOrWhiteSpace(name)
                ? throw Error(source, "<SdkMessageId> is missing; a step names its message by id (or by <SdkMessageName> for a custom API)")
                : (name, null);
        }

        var id = ParseGuid(idText, "<SdkMessageId>", source);
        return SdkMessages.NameOf(id) is { } known
            ? (known, id)
            : throw Error(source, $"<SdkMessageId> is {id}, which is not one of the messages SdkMessages knows ({string.Join(", ", SdkMessages.Names)}); add it there with the source of the id");
    }

    private static PipelineStage ReadStage(XElement step, string source)
    {
        var stage = RequiredInteger(step, "Stage", source);
        return stage is 10 or 20 or 40
            ? (PipelineStage)stage
            : throw Error(source, $"<Stage> is {stage}; a step's stage is 10, 20 or 40");
    }

    private static StepMode ReadMode(XElement step, string source)
    {
        var mode = RequiredInteger(step, "Mode", source);
        return mode is 0 or 1
            ? (StepMode)mode
            : throw Error(source, $"<Mode> is {mode}; a step's mode is 0 (synchronous) or 1 (asynchronous)");
    }

    private static ValueList<StepImageRegistration> ReadImages(XElement step, string source)
    {
        var images = step.Element("SdkMessageProcessingStepImages");
        if (images is null)
        {
            return [];
        }

        foreach (var child in images.Elements().Where(child => child.Name.LocalName != "SdkMessageProcessingStepImage"))
        {
            throw Error(source, $"<SdkMessageProcessingStepImages> has <{child.Name.LocalName}>; it holds only <SdkMessageProcessingStepImage>");
        }

        return images.Elements().Select(image => ReadImage(image, source)).ToValueList();
    }

    private static StepImageRegistration ReadImage(XElement image, string stepSource)
    {
        var name = RequiredAttribute(image, "Name", stepSource);
        var source = $"{stepSource}: image {name}";
        RequireOnlyKnownChildren(image, ImageElements, source);
        var type = RequiredInteger(image, "ImageType", source);
        if (type is not (0 or 1 or 2))
        {
            throw Error(source, $"<ImageType> is {type}; an image's type is 0 (pre), 1 (post) or 2 (both)");
        }

        return new StepImageRegistration
        {
            Id = RequiredGuid(image, "SdkMessageProcessingStepImageId", source),
            Name = name,
            EntityAlias = RequiredText(image, "EntityAlias", source),
            ImageType = (ImageType)type,
            Attributes = Columns(Text(image, "Attributes")),
            MessagePropertyName = RequiredText(image, "MessagePropertyName", source),
            IsCustomizable = Flag(image, "IsCustomizable", source, fallback: true),
        };
    }
}
