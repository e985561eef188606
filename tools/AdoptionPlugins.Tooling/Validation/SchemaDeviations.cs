using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Xml.XPath;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// The explicit allow-list of the places where real, importable exports (2021 to 2024) differ from CustomizationsSolution.xsd
/// 9.0.0.2090, the newest set Microsoft publishes (solution-format 5 and 6). Validate takes exactly these out of a copy of
/// customizations.xml and validates the copy strictly, so nothing else hides behind an allowed difference: the XSD stops checking
/// an element's remaining children after its first invalid child.
/// </summary>
public static class SchemaDeviations
{
    private const string Root = "/ImportExportXml";
    private const string Entity = Root + "/Entities/Entity/EntityInfo/entity";
    private const string Column = Entity + "/attributes/attribute";
    private const string Workflow = Root + "/Workflows/Workflow";
    private const string App = Root + "/AppModules/AppModule";
    private const string SiteMap = Root + "/AppModuleSiteMaps/AppModuleSiteMap";
    private const string Step = Root + "/SdkMessageProcessingSteps/SdkMessageProcessingStep";

    /// <summary>Elements of a step that the XSD's sequence puts after <c>SdkMessageId</c>, so a moved one goes before the first of them.</summary>
    private static readonly string[] AfterSdkMessageId =
    [
        "EventHandler", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion",
        "SdkMessageProcessingStepImages",
    ];

    public static IReadOnlyList<SchemaDeviation> All { get; } =
    [
        // Attributes newer exports write on the root.
        new(Root + "/@OrganizationVersion", "AKC Other/Customizations.xml"),
        new(Root + "/@OrganizationSchemaType", "AKC Other/Customizations.xml"),
        new(Root + "/@CRMServerServiceabilityVersion", "AKC Other/Customizations.xml"),

        // Top-level containers for components newer than the XSD; no XSD exists for their content.
        new(Root + "/EntityImageConfigs", "MED Other/Customizations.xml"),
        new(Root + "/CanvasApps", "BAK, AKC, DKD Other/Customizations.xml"),
        new(Root + "/Connectors", "BAK Other/Customizations.xml"),
        new(Root + "/connectionreferences", "BAK, AKC Other/Customizations.xml"),

        // The XSD needs at least one AppModule, but every skeleton without an app exports an empty container.
        new(Root + "/AppModules[not(*)]", "AKC Other/Customizations.xml"),

        // Table and column flags added after 9.0.
        new(Entity + "/IsRetrieveAuditEnabled", "BAK, AKC, AKM, MED Entity.xml"),
        new(Entity + "/IsRetrieveMultipleAuditEnabled", "BAK, AKC, AKM, MED Entity.xml"),
        new(Entity + "/IsSolutionAware", "BAK, AKC, AKM, MED Entity.xml"),
        new(Entity + "/IsMSTeamsIntegrationEnabled", "BAK, AKC Entity.xml"),
        new(Column + "/AutoNumberFormat", "BAK, AKC, AKM Entity.xml"),
        new(Column + "/IsSearchable", "BAK, AKC, AKM Entity.xml"),
        new(Column + "/IsFilterable", "BAK, AKC, AKM Entity.xml"),
        new(Column + "/IsRetrievable", "BAK, AKC, AKM Entity.xml"),
        new(Column + "/IsLocalizable", "BAK, AKC, AKM Entity.xml"),
        new("//options/option/@IsHidden", "AKC Entity.xml (local choice)"),
        new(Root + "/EntityRelationships/EntityRelationship/CascadeArchive", "BAK, AKM Other/Relationships"),

        // A form attribute the maker writes since 2020.
        new("//form/@headerdensity", "EDU ProgramManagement main forms"),

        // Cloud flows and business rules.
        new(Workflow + "/JsonFileName", "BAK Workflows, EDU CanvasModel"),
        new(Workflow + "/IsCustomProcessingStepAllowedForOtherPublishers", "BAK Workflows, EDU CanvasModel and ProgramManagement"),
        new(Workflow + "/ProcessTriggerScope", "EDU ProgramManagement business rules"),
        new(Workflow + "/ProcessTriggerFormId", "EDU ProgramManagement business rules"),

        // Model-driven apps and their site maps.
        new(App + "/OptimizedFor", "BAK, MED, DKD, EDU AppModule"),
        new(App + "/statecode", "BAK, MED, DKD, EDU AppModule"),
        new(App + "/statuscode", "BAK, MED, DKD, EDU AppModule"),
        new(App + "/NavigationType", "BAK, MED, DKD, EDU AppModule"),
        new(App + "/appsettings", "BAK, DKD AppModule"),
        new(App + "/appelements", "BAK AppModule"),
        new(SiteMap + "/EnableCollapsibleGroups", "BAK, DKD, EDU AppModuleSiteMap"),
        new(SiteMap + "/ShowHome", "BAK, DKD, EDU AppModuleSiteMap"),
        new(SiteMap + "/ShowPinned", "BAK, DKD, EDU AppModuleSiteMap"),
        new(SiteMap + "/ShowRecents", "BAK, DKD, EDU AppModuleSiteMap"),
        new(SiteMap + "/SiteMap//SubArea/@Page", "BAK AppModuleSiteMap (custom page)"),

        // Steps: exports write SdkMessageId first (the XSD expects it after Rank), or SdkMessageName for a custom API message.
        new(Step + "/SdkMessageId", "AKC, DKD SdkMessageProcessingSteps; EDU CoreBusinessLogic", DeviationAction.MoveToSchemaPlace),
        new(Step + "/SdkMessageName", "EDU CoreBusinessLogic (step on mshied_Clone)"),
    ];

    /// <summary>Takes every allowed deviation out of <paramref name="customizations"/>, in place; the caller passes a copy it owns.</summary>
    public static void Normalize(XDocument customizations)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        foreach (var deviation in All)
        {
            foreach (var node in ((IEnumerable)customizations.XPathEvaluate(deviation.XPath)).Cast<XObject>().ToArray())
            {
                Apply(node, deviation.Action);
            }
        }
    }

    private static void Apply(XObject node, DeviationAction action)
    {
        switch (node)
        {
            case XAttribute attribute:
                attribute.Remove();
                break;
            case XElement element when action == DeviationAction.MoveToSchemaPlace:
                var parent = element.Parent!;
                element.Remove();
                var next = parent.Elements().FirstOrDefault(sibling => AfterSdkMessageId.Contains(sibling.Name.LocalName));
                if (next is null)
                {
                    parent.Add(element);
                }
                else
                {
                    next.AddBeforeSelf(element);
                }

                break;
            case XElement element:
                element.Remove();
                break;
            default:
                throw new InvalidOperationException($"A deviation selected a {node.NodeType}; only elements and attributes can be allowed.");
        }
    }
}
