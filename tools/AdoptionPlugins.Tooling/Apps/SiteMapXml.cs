using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>
/// Reads and writes <c>AppModuleSiteMaps/&lt;unique name&gt;/AppModuleSiteMap.xml</c> in the shape of MED's exported site map, which
/// validates against SiteMap.xsd: areas, groups and sub-areas with the site map designer's resource ids and client flags.
/// </summary>
public static class SiteMapXml
{
    public const string Folder = "AppModuleSiteMaps";

    private const string Version = "7.0.0.0";
    private const string Clients = "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web";
    private const string Skus = "All,OnPremise,Live,SPLA";
    private const string Spacer = "/_imgs/imagestrips/transparent_spacer.gif";

    /// <summary>The dashboards page a dashboard sub-area opens (solution-format 3, "App + sitemap").</summary>
    private const string DashboardsUrl = "/workplace/home_dashboards.aspx";

    public static string RelativePathOf(string uniqueName) => $"{Folder}/{uniqueName}/AppModuleSiteMap.xml";

    public static SiteMapDefinition ReadFile(string path, string source)
    {
        var root = LoadRoot(path, source, "AppModuleSiteMap");
        var siteMap = root.Element("SiteMap") ?? throw Error(source, "<SiteMap> is missing");
        return new SiteMapDefinition
        {
            UniqueName = RequiredText(root, "SiteMapUniqueName", source),
            Name = ExportXml.LabelText(root, "LocalizedNames") ?? throw Error(source, "<LocalizedNames> is missing; a site map has a name"),
            Areas = siteMap.Elements("Area").Select(area => new SiteMapArea(
                    RequiredAttribute(area, "Id", source),
                    Title(area, source),
                    area.Elements("Group").Select(group => new SiteMapGroup(
                        RequiredAttribute(group, "Id", source),
                        Title(group, source),
                        group.Elements("SubArea").Select(subArea => ReadSubArea(subArea, source)).ToValueList())).ToValueList()))
                .ToValueList(),
        };
    }

    public static byte[] Write(SiteMapDefinition siteMap)
    {
        ArgumentNullException.ThrowIfNull(siteMap);
        return ExportXml.ToBytes(new XElement(
            "AppModuleSiteMap",
            ExportXml.XsiDeclaration,
            new XElement("SiteMapUniqueName", siteMap.UniqueName),
            new XElement(
                "SiteMap",
                new XAttribute("IntroducedVersion", Version),
                siteMap.Areas.Select(area => new XElement(
                    "Area",
                    new XAttribute("Id", area.Id),
                    new XAttribute("ResourceId", "SitemapDesigner.NewArea"),
                    new XAttribute("DescriptionResourceId", "SitemapDesigner.NewArea"),
                    new XAttribute("ShowGroups", "true"),
                    new XAttribute("IntroducedVersion", Version),
                    Titles(area.Title),
                    area.Groups.Select(group => new XElement(
                        "Group",
                        new XAttribute("Id", group.Id),
                        new XAttribute("ResourceId", "SitemapDesigner.NewGroup"),
                        new XAttribute("DescriptionResourceId", "SitemapDesigner.NewGroup"),
                        new XAttribute("IntroducedVersion", Version),
                        new XAttribute("IsProfile", "false"),
                        new XAttribute("ToolTipResourseId", "SitemapDesigner.Unknown"),
                        Titles(group.Title),
                        group.SubAreas.Select(WriteSubArea)))))),
            ExportXml.Labels("LocalizedNames", "LocalizedName", siteMap.Name)));
    }

    public static string WriteTo(string solutionFolder, SiteMapDefinition siteMap) =>
        ExportXml.WriteFile(solutionFolder, RelativePathOf(siteMap.UniqueName), Write(siteMap));

    // MED writes the dashboards sub-area with the designer's resource ids and the dashboard id without braces.
    private static XElement WriteSubArea(SiteMapSubArea subArea) =>
        new(
            "SubArea",
            new XAttribute("Id", subArea.Id),
            subArea.Dashboard is null ? null : new XAttribute("ResourceId", "Homepage_Dashboards"),
            subArea.Dashboard is null ? null : new XAttribute("DescriptionResourceId", "Dashboards_Description"),
            new XAttribute("Icon", Spacer),
            subArea.Table is { } table ? new XAttribute("Entity", table) : null,
            subArea.Dashboard is null ? null : new XAttribute("Url", DashboardsUrl),
            subArea.Dashboard is { } dashboard ? new XAttribute("DefaultDashboard", dashboard.ToString("D", CultureInfo.InvariantCulture)) : null,
            new XAttribute("Client", Clients),
            new XAttribute("AvailableOffline", "true"),
            new XAttribute("PassParams", "false"),
            new XAttribute("Sku", Skus),
            subArea.Dashboard is null ? null : new XAttribute("ToolTipResourseId", "Dashboards_ToolTip"),
            Titles(subArea.Title));

    private static SiteMapSubArea ReadSubArea(XElement subArea, string source) =>
        new(
            RequiredAttribute(subArea, "Id", source),
            EnglishTitle(subArea) ?? "",
            subArea.Attribute("Entity")?.Value,
            subArea.Attribute("DefaultDashboard")?.Value is { } dashboard ? ParseGuid(dashboard, "DefaultDashboard", source) : null);

    private static XElement Titles(string title) =>
        new("Titles", new XElement("Title", new XAttribute("LCID", ExportXml.English), new XAttribute("Title", title)));

    // Areas and groups need a title; a sub-area without one shows its table's plural name (MED's SubArea_Studio).
    private static string Title(XElement element, string source) =>
        EnglishTitle(element) ?? throw Error(source, $"<{element.Name.LocalName} Id=\"{element.Attribute("Id")?.Value}\"> has no English title");

    private static string? EnglishTitle(XElement element) =>
        element.Element("Titles")?.Elements("Title").FirstOrDefault(title => title.Attribute("LCID")?.Value == "1033")?.Attribute("Title")?.Value;
}
