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

/// <summary>App files: BAK's and MED's real apps read, ours reads back equal in BAK's element order, and a misplaced app is named.</summary>
public class AppModuleXmlTests
{
    private static string BusinessApprovalsApp => Path.Combine(RealSamples.BusinessApprovals, AppModuleXml.RelativePathOf("cat_BusinessApprovalManagement"));

    private static string MediaApp => RepositoryFolders.InShared(
        "solution-samples", "microsoft__Industry-Accelerator-Media", "CDS.solutions", "MediaContentProductionApps", "Extracts", "Base",
        AppModuleXml.RelativePathOf("msmedia_ContentProduction"));

    [Fact]
    public void RealMediaApp_ReadsComponentsAndRoles()
    {
        var app = AppModuleXml.ReadFile(MediaApp, "MED app");

        Assert.Equal(("Content Production", 21, 2), (app.Name, app.Components.Count, app.Roles.Count));
        Assert.Contains(new AppComponent(AppComponent.Dashboard, null, new Guid("fb8b9801-2de9-eb11-bacb-000d3a9a6108")), app.Components);
    }

    [Fact]
    public void RealAppWithCanvasPages_IsRefusedRatherThanLosingThem()
    {
        var error = Assert.Throws<InvalidDataException>(() => AppModuleXml.ReadFile(BusinessApprovalsApp, "BAK app"));

        Assert.StartsWith("BAK app: <AppModule> has <appelements>, which this reader does not know", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedApp_ReadsBackEqual()
    {
        var app = AdoptionApp.App;

        var read = ReadBack.Of(folder => AppModuleXml.WriteTo(folder, app), AppModuleXml.ReadFile);

        Assert.Equal(AdoptionApp.App, read);
    }

    [Fact]
    public void ShippedApp_ListsItsPartsInTheOrderOfTheBusinessApprovalsApp()
    {
        var real = XElement.Load(BusinessApprovalsApp).Elements().Select(element => element.Name.LocalName).Where(name => name != "appelements");

        var ours = XElement.Parse(Encoding.UTF8.GetString(AppModuleXml.Write(AdoptionApp.App)).TrimStart('\uFEFF'));

        Assert.Equal(real, ours.Elements().Select(element => element.Name.LocalName));
        Assert.Empty(ours.Attributes());
    }

    [Fact]
    public void AppInAFolderNamedOtherwise_FailsSayingWhatToNameIt()
    {
        using var solution = new TemporarySolution();
        solution.Write(AppModuleXml.RelativePathOf("adopt_Other"), Encoding.UTF8.GetString(AppModuleXml.Write(AdoptionApp.App)).TrimStart('\uFEFF'));

        var error = Assert.Throws<InvalidDataException>(() => AppModuleXml.ReadFile(Path.Combine(solution.Path, AppModuleXml.RelativePathOf("adopt_Other")), "AppModules/adopt_Other/AppModule.xml"));

        Assert.Equal("AppModules/adopt_Other/AppModule.xml: the folder is named adopt_Other but the app is adopt_CrmAdoption; name the folder AppModules/adopt_CrmAdoption", error.Message);
    }
}
