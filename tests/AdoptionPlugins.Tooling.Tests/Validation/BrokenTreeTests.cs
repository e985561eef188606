using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

/// <summary>Copies of a valid tree with exactly one thing wrong, each reported as exactly that one problem.</summary>
public class BrokenTreeTests
{
    private const string Lookup = """
        <attribute PhysicalName="adopt_Reviewer">
          <Type>lookup</Type>
          <Name>adopt_reviewer</Name>
          <LogicalName>adopt_reviewer</LogicalName>
          <RequiredLevel>none</RequiredLevel>
          <DisplayMask>ValidForAdvancedFind|ValidForForm|ValidForGrid</DisplayMask>
          <IsCustomField>1</IsCustomField>
          <LookupStyle>single</LookupStyle>
          <LookupTypes />
          <displaynames>
            <displayname description="Reviewer" languagecode="1033" />
          </displaynames>
        </attribute>
        </attributes>
        """;

    private const string ReviewerRelationship = """
        <EntityRelationships>
          <EntityRelationship Name="adopt_Widget_Reviewer_SystemUser">
            <EntityRelationshipType>OneToMany</EntityRelationshipType>
            <IsCustomizable>1</IsCustomizable>
            <IntroducedVersion>1.0</IntroducedVersion>
            <IsHierarchical>0</IsHierarchical>
            <ReferencingEntityName>adopt_Widget</ReferencingEntityName>
            <ReferencedEntityName>SystemUser</ReferencedEntityName>
            <CascadeAssign>NoCascade</CascadeAssign>
            <CascadeDelete>RemoveLink</CascadeDelete>
            <CascadeReparent>NoCascade</CascadeReparent>
            <CascadeShare>NoCascade</CascadeShare>
            <CascadeUnshare>NoCascade</CascadeUnshare>
            <CascadeRollupView>NoCascade</CascadeRollupView>
            <IsValidForAdvancedFind>1</IsValidForAdvancedFind>
            <ReferencingAttributeName>adopt_Reviewer</ReferencingAttributeName>
            <RelationshipDescription>
              <Descriptions>
                <Description description="" languagecode="1033" />
              </Descriptions>
            </RelationshipDescription>
            <EntityRelationshipRoles>
              <EntityRelationshipRole>
                <NavPaneDisplayOption>UseCollectionName</NavPaneDisplayOption>
                <NavPaneArea>Details</NavPaneArea>
                <NavPaneOrder>10000</NavPaneOrder>
                <NavigationPropertyName>adopt_Reviewer</NavigationPropertyName>
                <RelationshipRoleType>1</RelationshipRoleType>
              </EntityRelationshipRole>
              <EntityRelationshipRole>
                <NavigationPropertyName>adopt_Widget_Reviewer_SystemUser</NavigationPropertyName>
                <RelationshipRoleType>0</RelationshipRoleType>
              </EntityRelationshipRole>
            </EntityRelationshipRoles>
          </EntityRelationship>
        </EntityRelationships>
        """;

    private const string App = """
        <AppModule><UniqueName>adopt_Adoption</UniqueName><IntroducedVersion>1.0.0.0</IntroducedVersion><WebResourceId>953b9fac-1e5e-e611-80d6-00155ded156f</WebResourceId>
          <FormFactor>1</FormFactor><ClientType>4</ClientType>
          <AppModuleComponents>
            <AppModuleComponent type="62" schemaName="adopt_Adoption" />
            <AppModuleComponent type="1" schemaName="adopt_Widget" />
            <AppModuleComponent type="1" schemaName="adopt_Gadget" />
            <AppModuleComponent type="1" schemaName="account" />
          </AppModuleComponents>
          <AppModuleRoleMaps><Role id="{627090ff-40a3-4053-8790-584edc5be201}" /></AppModuleRoleMaps>
          <LocalizedNames><LocalizedName description="Adoption" languagecode="1033" /></LocalizedNames>
        </AppModule>
        """;

    private static readonly string EntityFile = $"Entities/{FixtureTree.Table}/Entity.xml";
    private static readonly string ViewFile = $"Entities/{FixtureTree.Table}/SavedQueries/{FixtureTree.ViewId:B}.xml";

    [Fact]
    public void OurOwnTree_IsValid()
    {
        var report = SolutionValidator.ValidateFolder(RepositoryFolders.InRepository("solution"), BuiltPlugin.Folder, SharedSchemas.Load());

        Assert.Empty(report.Problems);
    }

    [Fact]
    public void FixtureWithEveryKindOfComponent_IsValid()
    {
        using var tree = new FixtureTree().WithEverything();

        Assert.Empty(Problems(tree));
    }

    [Fact]
    public void RootComponentOfAMissingTable_IsDangling()
    {
        using var tree = new FixtureTree().WithEverything().WithRootComponent(1, schemaName: "adopt_Gadget");

        Assert.Equal(["Other/Solution.xml:89: RootComponent type 1 (table) adopt_Gadget is not in customizations.xml; the import would fail on a missing component"], Problems(tree));
    }

    [Fact]
    public void TableMissingFromRootComponents_IsNotOwnedByTheSolution()
    {
        using var tree = new FixtureTree().WithEverything().Replace("Other/Solution.xml", $"<RootComponent type=\"1\" schemaName=\"{FixtureTree.Table}\" behavior=\"0\" />", string.Empty);

        Assert.Equal([$"{EntityFile}:2: the table {FixtureTree.Table} is not a RootComponent of type 1 in solution.xml, so the solution would not own it; add it there"], Problems(tree));
    }

    [Fact]
    public void StepOnAPluginTypeTheBuiltDllLacks_IsReported()
    {
        using var tree = new FixtureTree().WithTable().WithPluginAssembly(new FixturePluginDll().WithAbstractPlugin(FixtureTree.PluginType)).WithStep();

        Assert.Equal(
            [$"{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll.data.xml:2: plug-in type {FixtureTree.PluginType} is not a public, non-abstract class implementing IPlugin in /{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll; Dataverse could not run it"],
            Problems(tree));
    }

    [Fact]
    public void AsynchronousStepInPreOperation_BreaksARegistrationRule()
    {
        using var tree = new FixtureTree().WithTable().WithPluginAssembly().WithStep()
            .Replace(FixtureTree.StepFile, "<Mode>0</Mode>", "<Mode>1</Mode>").Replace(FixtureTree.StepFile, "<Stage>40</Stage>", "<Stage>20</Stage>");

        var problems = Problems(tree);

        Assert.Contains(problems, problem => problem.StartsWith($"{FixtureTree.StepFile}:2: ", StringComparison.Ordinal)
            && problem.EndsWith("asynchronous in PreOperation; asynchronous steps run only in PostOperation", StringComparison.Ordinal));
        Assert.All(problems, problem => Assert.StartsWith(FixtureTree.StepFile, problem, StringComparison.Ordinal));
    }

    [Fact]
    public void StepPluginTypeNameNotTheRegisteredOne_IsReported()
    {
        using var tree = new FixtureTree().WithTable().WithPluginAssembly().WithStep()
            .Replace(FixtureTree.StepFile, $"<PluginTypeName>{FixtureTree.PluginType},", $"<PluginTypeName>{FixtureTree.PluginType}2,");

        var problem = Assert.Single(Problems(tree));

        Assert.StartsWith($"{FixtureTree.StepFile}:2: ", problem, StringComparison.Ordinal);
        Assert.Contains($"PluginTypeName is {FixtureTree.PluginType}2, AdoptionFixture", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void StepOnACustomMessageTheSolutionLacks_IsReported()
    {
        using var tree = new FixtureTree().WithTable().WithPluginAssembly().WithStep()
            .Replace(FixtureTree.StepFile, "<SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", "<SdkMessageName>adopt_Missing</SdkMessageName>");

        Assert.Equal(
            [$"{FixtureTree.StepFile}:2: the step runs on adopt_Missing, which is not a custom API in customapis/; the import would fail on an unknown message"],
            Problems(tree));
    }

    [Fact]
    public void CustomApiNamingAnUnknownPluginType_HasNoLogic()
    {
        using var tree = new FixtureTree().WithEverything()
            .Replace($"customapis/{FixtureTree.CustomApi}/customapi.xml", FixtureTree.PluginTypeId.ToString("D"), "0f0e0d0c-0b0a-4909-8807-060504030201");

        Assert.Equal(
            [$"customapis/{FixtureTree.CustomApi}/customapi.xml: plugintypeexportkey 0f0e0d0c-0b0a-4909-8807-060504030201 is not the PluginTypeId of any plug-in type in the solution's assemblies; the API would have no logic"],
            Problems(tree));
    }

    [Fact]
    public void RolePrivilegeOnATableOutsideTheSolution_IsReported()
    {
        using var tree = new FixtureTree().WithRole();

        Assert.Equal(
            [$"Roles/{FixtureTree.RoleName}.xml:5: privilege prvReadadopt_Widget is for the table adopt_Widget, which is not in the solution nor a MissingDependency of solution.xml; the import would fail on an unknown privilege"],
            Problems(tree));
    }

    [Fact]
    public void RolePrivilegeWithAnUnknownDepth_IsReported()
    {
        using var tree = new FixtureTree().WithTable().WithRole().Replace($"Roles/{FixtureTree.RoleName}.xml", "level=\"Global\"", "level=\"Organization\"");

        var problem = Assert.Single(Problems(tree));

        Assert.StartsWith($"Roles/{FixtureTree.RoleName}.xml:5: The 'level' attribute is invalid - The value 'Organization' is invalid", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LookupWithoutItsRelationship_IsReported()
    {
        using var tree = new FixtureTree().WithTable().Replace(EntityFile, "</attributes>", Lookup);

        Assert.Equal(
            [$"{EntityFile}:41: the lookup {FixtureTree.Table}.adopt_Reviewer has no relationship in Other/Relationships naming it as ReferencingAttributeName; add the 1:N relationship"],
            Problems(tree));
    }

    [Fact]
    public void LookupWithItsRelationship_IsValid()
    {
        using var tree = new FixtureTree().WithTable().Replace(EntityFile, "</attributes>", Lookup);
        tree.Write("Other/Relationships.xml", "<EntityRelationships><EntityRelationship Name=\"adopt_Widget_Reviewer_SystemUser\" /></EntityRelationships>");
        tree.Write("Other/Relationships/SystemUser.xml", ReviewerRelationship);

        Assert.Empty(Problems(tree));
    }

    [Fact]
    public void RelationshipListedButNotDefined_IsReported()
    {
        using var tree = new FixtureTree().WithTable();
        tree.Write("Other/Relationships.xml", "<EntityRelationships><EntityRelationship Name=\"adopt_Widget_Reviewer_SystemUser\" /></EntityRelationships>");

        Assert.Equal(["Other/Relationships.xml:1: lists the relationship adopt_Widget_Reviewer_SystemUser, which no file in Other/Relationships defines"], Problems(tree));
    }

    [Fact]
    public void AppListingATableAndSiteMapTheSolutionLacks_IsReported()
    {
        using var tree = new FixtureTree().WithTable().WithRootComponent(80, schemaName: "adopt_Adoption");
        tree.Write("AppModules/adopt_Adoption/AppModule.xml", App);

        Assert.Equal(
            [
                "AppModules/adopt_Adoption/AppModule.xml:4: the app's site map adopt_Adoption is not in AppModuleSiteMaps; an app opens on its own site map",
                "AppModules/adopt_Adoption/AppModule.xml:6: the app lists the table adopt_Gadget, which is not in the solution nor a MissingDependency of solution.xml",
            ],
            Problems(tree));
    }

    [Fact]
    public void ViewNamingAColumnTheTableLacks_IsReported()
    {
        using var tree = new FixtureTree().WithTable().Replace(ViewFile, "<attribute name=\"adopt_name\" />", "<attribute name=\"adopt_colour\" />");

        Assert.Equal([$"{ViewFile}:22: the query names {FixtureTree.Table}.adopt_colour, which is not a column of that table"], Problems(tree));
    }

    [Fact]
    public void ColumnMadeWithTheDefaultPublisher_LeaksItsPrefix()
    {
        using var tree = new FixtureTree().WithTable().Replace(EntityFile, "<attribute PhysicalName=\"adopt_Name\">", "<attribute PhysicalName=\"new_Name\">");

        Assert.Equal(
            [
                $"{EntityFile}:27: the column of {FixtureTree.Table} new_Name does not start with the publisher prefix adopt_; everything the solution defines carries it",
                $"{EntityFile}:27: new_Name carries new_, the default publisher's prefix: it was made outside this solution's publisher; recreate it with the solution's prefix",
            ],
            Problems(tree).Where(problem => !problem.Contains("adopt_name", StringComparison.Ordinal)));
    }

    [Fact]
    public void TableOfAnotherPublisher_IsReported()
    {
        using var tree = new FixtureTree().WithRootComponent(1, schemaName: "cr5d1_Gadget");
        tree.Write("Entities/cr5d1_Gadget/Entity.xml", FixtureXml.Entity("cr5d1_Gadget"));
        tree.Write($"Entities/cr5d1_Gadget/SavedQueries/{FixtureTree.ViewId:B}.xml", FixtureXml.View(FixtureTree.ViewId, "cr5d1_gadget"));

        Assert.Equal(["Entities/cr5d1_Gadget/Entity.xml:2: the table cr5d1_Gadget does not start with the publisher prefix adopt_; everything the solution defines carries it"], Problems(tree));
    }

    [Fact]
    public void PluginDllMissingFromTheBuild_IsReported()
    {
        using var tree = new FixtureTree().WithTable().WithPluginAssembly().WithStep();
        File.Delete(Path.Combine(tree.BuildFolder, "AdoptionFixture.dll"));

        Assert.Equal(
            [$"{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll.data.xml: the built AdoptionFixture.dll is not at {Path.Combine(tree.BuildFolder, "AdoptionFixture.dll")}; build the plugin project first"],
            Problems(tree));
    }

    [Fact]
    public void MalformedFile_IsOneProblemNamingIt()
    {
        using var tree = new FixtureTree().WithTable();
        tree.Write("Roles/Broken.xml", "<Role id=\"{4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f81}\">");

        var problem = Assert.Single(Problems(tree));

        Assert.StartsWith("Roles/Broken.xml: not well-formed XML: ", problem, StringComparison.Ordinal);
    }

    private static string[] Problems(FixtureTree tree) =>
        [.. SolutionValidator.ValidateFolder(tree.Path, tree.BuildFolder, SharedSchemas.Load()).Problems.Select(problem => problem.ToString())];
}
