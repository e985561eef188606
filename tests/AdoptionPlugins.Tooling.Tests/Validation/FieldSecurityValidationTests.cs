using System;
using System.Linq;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

// Column security in a tree: a field security profile names secured columns of the solution's tables, is a root component, and
// no secured column is in an alternate key (dataverse-facts 7.1).
public sealed class FieldSecurityValidationTests
{
    private static readonly Guid ProfileId = new("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");

    private static readonly string EntityFile = $"Entities/{FixtureTree.Table}/Entity.xml";

    [Fact]
    public void SecuredColumnWithItsProfile_IsValid()
    {
        using var tree = SecuredName();

        Assert.Empty(Problems(tree));
    }

    [Fact]
    public void ProfileNamingAnUnsecuredColumn_IsReported()
    {
        using var tree = SecuredName().Replace(EntityFile, "<IsSecured>1</IsSecured>", "<IsSecured>0</IsSecured>");

        var problem = Assert.Single(Problems(tree));

        Assert.EndsWith("field security profile 'Widget Figures' names adopt_widget.adopt_name, which is not secured (<IsSecured>1</IsSecured>); the import would refuse the permission or it would do nothing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileNamingAColumnTheTableLacks_IsReported()
    {
        using var tree = SecuredName().Replace(FieldSecurityProfileXml.RelativePath, "<AttributeName>adopt_name", "<AttributeName>adopt_score");

        var problem = Assert.Single(Problems(tree));

        Assert.StartsWith($"{FieldSecurityProfileXml.RelativePath}:", problem, StringComparison.Ordinal);
        Assert.EndsWith("names adopt_widget.adopt_score, which is not a column of that table", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileMissingFromRootComponents_IsNotOwnedByTheSolution()
    {
        using var tree = SecuredName().Replace("Other/Solution.xml", $"<RootComponent type=\"70\" id=\"{ProfileId:B}\" behavior=\"0\" />", string.Empty);

        var problem = Assert.Single(Problems(tree));

        Assert.EndsWith($"the field security profile {ProfileId:B} is not a RootComponent of type 70 in solution.xml, so the solution would not own it; add it there", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SecuredColumnInAnAlternateKey_IsReported()
    {
        const string Key = "<EntityKeys><EntityKey><Name>adopt_key_name</Name><LogicalName>adopt_key_name</LogicalName><EntityKeyAttributes><AttributeName>adopt_name</AttributeName></EntityKeyAttributes></EntityKey></EntityKeys>";
        using var tree = SecuredName().Replace(EntityFile, "</attributes>", "</attributes>" + Key);

        var problems = Problems(tree);

        Assert.Contains(problems, problem => problem.EndsWith("the alternate key adopt_key_name of adopt_Widget includes the secured column adopt_name; secured columns cannot be part of a key", StringComparison.Ordinal));
    }

    // The fixture table with its name column secured and a profile reading it.
    private static FixtureTree SecuredName()
    {
        var tree = new FixtureTree().WithTable().Replace(EntityFile, "<IsCustomField>1</IsCustomField>", "<IsCustomField>1</IsCustomField><IsSecured>1</IsSecured>");
        FieldSecurityProfileXml.WriteTo(tree.Path, [new FieldSecurityProfile { Id = ProfileId, Name = "Widget Figures", Permissions = [ColumnRights.ReadOnly(FixtureTree.TableLogicalName, "adopt_name")] }]);
        return tree.WithRootComponent(70, ProfileId);
    }

    private static string[] Problems(FixtureTree tree) =>
        [.. SolutionValidator.ValidateFolder(tree.Path, tree.BuildFolder, SharedSchemas.Load()).Problems.Select(problem => problem.ToString())];
}
