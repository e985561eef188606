using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>The order of the top-level elements of <c>customizations.xml</c>, so pack puts a missing container where Dataverse writes it.</summary>
public static class CustomizationsLayout
{
    /// <summary>
    /// The <c>ImportExportXml</c> sequence of CustomizationsSolution.xsd 9.0.0.2090, with the newer elements where real exports put
    /// them: <c>EntityImageConfigs</c> after <c>Templates</c> (MED), <c>CanvasApps</c>, <c>Connectors</c> and <c>connectionreferences</c>
    /// after <c>EntityDataSources</c> and before <c>Languages</c> (BAK, AKC; solution-format 3).
    /// </summary>
    private static readonly string[] Order =
    [
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityImageConfigs", "RibbonDiffXml", "IsvConfig",
        "RelationshipRoles", "ConnectionRoles", "SiteMap", "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets",
        "Reports", "RoutingRules", "ChannelPropertyGroups", "ConvertRules", "MobileOfflineProfiles", "Slas", "ChannelAccessProfiles",
        "ChannelAccessProfileRules", "Dashboards", "InteractionCentricDashboards", "Dialogs", "WebResources", "CustomControls",
        "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "ServiceEndpoints", "AppModuleSiteMaps", "AppModules",
        "EntityDataProviders", "EntityDataSources", "CanvasApps", "Connectors", "connectionreferences", "Languages",
        "GlobalSearchConfigurations", "StoredProcedures",
    ];

    /// <summary>The order pack keeps the top-level elements of customizations.xml in.</summary>
    public static IReadOnlyList<string> TopLevelOrder => Order;

    /// <summary>The top-level element <paramref name="name"/> of <paramref name="root"/>, added in its place when the skeleton lacks it.</summary>
    public static XElement Container(XElement root, string name)
    {
        ArgumentNullException.ThrowIfNull(root);
        var existing = root.Element(name);
        if (existing != null)
        {
            return existing;
        }

        var rank = Array.IndexOf(Order, name);
        if (rank < 0)
        {
            throw new ArgumentException($"{name} is not a top-level element of customizations.xml.", nameof(name));
        }

        var container = new XElement(name);
        var next = root.Elements().FirstOrDefault(element => Array.IndexOf(Order, element.Name.LocalName) > rank);
        if (next != null)
        {
            next.AddBeforeSelf(container);
        }
        else
        {
            root.Add(container);
        }

        return container;
    }
}
