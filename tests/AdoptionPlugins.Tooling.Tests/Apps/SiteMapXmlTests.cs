using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Apps;
using AdoptionPlugins.Tooling.Tests.Content;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Apps;

/// <summary>Site map files: MED's real site map reads, ours reads back equal, validates against SiteMap.xsd and uses MED's elements.</summary>
public class SiteMapXmlTests
{
    private static string MediaSiteMap => RepositoryFolders.InShared(
        "solution-samples", "microsoft__Industry-Accelerator-Media", "CDS.solutions", "MediaContentProductionApps", "Extracts", "Base",
        "AppModuleSiteMaps", "msmedia_ContentProduction", "AppModuleSiteMap.xml");

    [Fact]
    public void RealMediaSiteMap_ReadsItsDashboardAndTables()
    {
        var siteMap = SiteMapXml.ReadFile(MediaSiteMap, "MED site map");

        Assert.Equal(new Guid("fb8b9801-2de9-eb11-bacb-000d3a9a6108"), siteMap.SubAreas.Single(subArea => subArea.Dashboard is not null).Dashboard);
        Assert.Contains("msmedia_studio", siteMap.SubAreas.Select(subArea => subArea.Table));
    }

    [Fact]
    public void ShippedSiteMap_ReadsBackEqual()
    {
        var siteMap = AdoptionApp.SiteMap;

        var read = ReadBack.Of(folder => SiteMapXml.WriteTo(folder, siteMap), SiteMapXml.ReadFile);

        Assert.Equal(AdoptionApp.SiteMap, read);
    }

    [Fact]
    public void ShippedSiteMap_ValidatesAgainstSiteMapSchema()
    {
        var siteMap = Written().Element("SiteMap")!;

        var problems = FragmentSchemas.Problems(siteMap, FragmentSchemas.SiteMap);

        Assert.Empty(problems);
    }

    [Fact]
    public void ShippedSiteMap_UsesTheElementsOfTheMediaSiteMap()
    {
        var real = XElement.Load(MediaSiteMap).DescendantsAndSelf().Select(element => element.Name.LocalName).Distinct();

        var ours = Written().DescendantsAndSelf().Select(element => element.Name.LocalName).Distinct();

        Assert.Equal(real, ours);
    }

    [Fact]
    public void GroupWithoutATitle_FailsNamingTheGroup()
    {
        using var solution = new TemporarySolution();
        var xml = Written().ToString().Replace("<Title LCID=\"1033\" Title=\"People\" />", "", StringComparison.Ordinal);
        solution.Write(SiteMapXml.RelativePathOf(AdoptionApp.UniqueName), xml);

        var error = Assert.Throws<InvalidDataException>(() => SiteMapXml.ReadFile(Path.Combine(solution.Path, SiteMapXml.RelativePathOf(AdoptionApp.UniqueName)), "site map"));

        Assert.Equal("site map: <Group Id=\"group_people\"> has no English title", error.Message);
    }

    private static XElement Written() => XElement.Parse(Encoding.UTF8.GetString(SiteMapXml.Write(AdoptionApp.SiteMap)).TrimStart('\uFEFF'));
}
