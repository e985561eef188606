using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Apps;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Dashboards;
using AdoptionPlugins.Tooling.Forms;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Content;

/// <summary>
/// The committed solution nested the way packing nests it into customizations.xml (forms, views and charts inside their tables,
/// roles, dashboard, site map and app in their lists) validates against CustomizationsSolution.xsd as far as real exports do.
/// </summary>
public class PackedContentSchemaTests
{
    private static string Committed => RepositoryFolders.InRepository("solution");

    [Fact]
    public void CommittedSolution_PackedIntoCustomizations_ValidatesLikeRealExports()
    {
        var packed = Packed();

        var problems = CustomizationsSchema.Problems(packed);

        Assert.Empty(problems);
    }

    [Fact]
    public void PackedRoleWithAnUnknownLevel_IsReported()
    {
        var packed = Packed();
        packed.Descendants("RolePrivilege").First().SetAttributeValue("level", "Team");

        var problems = CustomizationsSchema.Problems(packed);

        Assert.Contains(problems, problem => problem.Contains("'Team'", StringComparison.Ordinal));
    }

    [Fact]
    public void CustomizationsSkeleton_HasAPlaceholderForEachKindOfContent()
    {
        var skeleton = XElement.Load(Path.Combine(Committed, "Other", "Customizations.xml"));

        var placeholders = skeleton.Elements().Select(element => element.Name.LocalName).ToArray();

        Assert.All(["Entities", "Roles", "Dashboards", "AppModuleSiteMaps", "AppModules"], name => Assert.Contains(name, placeholders));
    }

    private static XDocument Packed()
    {
        var tables = SolutionTables.Read(Committed);
        var charts = ChartXml.ReadSolution(Committed);
        var forms = MainFormXml.ReadSolution(Committed);
        var entities = tables.Tables.Select(table =>
        {
            var entity = CustomizationsSchema.EntityWithViews(
                CustomizationsSchema.Load(EntityXml.Write(table)), table.Views.Select(view => CustomizationsSchema.Load(SavedQueryXml.Write(view))));
            entity.Element("FormXml")!.ReplaceNodes(new XElement("forms", new XAttribute("type", "main"),
                forms.Where(form => form.TableSchemaName == table.SchemaName).Select(form => CustomizationsSchema.Load(MainFormXml.Write(form)).Element("systemform"))));
            entity.Element("Visualizations")?.ReplaceNodes(charts.Where(chart => chart.TableSchemaName == table.SchemaName).Select(chart => CustomizationsSchema.Load(ChartXml.Write(chart))));
            return entity;
        });
        return new XDocument(new XElement(
            "ImportExportXml",
            new XElement("Entities", entities),
            new XElement("Roles", SecurityRoleXml.ReadSolution(Committed).Select(role => CustomizationsSchema.Load(SecurityRoleXml.Write(role)))),
            new XElement("EntityRelationships", CustomizationsSchema.Load(RelationshipXml.WriteFile(tables.Relationships)).Elements()),
            new XElement("Dashboards", DashboardXml.ReadSolution(Committed).Select(dashboard => CustomizationsSchema.Load(DashboardXml.Write(dashboard)))),
            new XElement("AppModuleSiteMaps", CustomizationsSchema.Load(SiteMapXml.Write(AdoptionApp.SiteMap))),
            new XElement("AppModules", CustomizationsSchema.Load(AppModuleXml.Write(AdoptionApp.App))),
            new XElement("Languages", new XElement("Language", "1033"))));
    }
}
