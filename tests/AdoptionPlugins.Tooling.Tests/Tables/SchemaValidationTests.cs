using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Our tables, views and relationships validate against CustomizationsSolution.xsd as far as real exports do.</summary>
public class SchemaValidationTests
{
    [Fact]
    public void ShippedTablesViewsAndRelationships_ValidateLikeRealExports()
    {
        var packed = Pack(ShippedTables.Definitions);

        var problems = CustomizationsSchema.Problems(packed);

        Assert.Empty(problems);
    }

    [Fact]
    public void RealBusinessApproverWithItsViews_ValidatesWithTheSameAllowances()
    {
        var views = Directory.GetFiles(RealTableSamples.BusinessApproverViews, "*.xml").Select(XElement.Load);
        var entity = CustomizationsSchema.EntityWithViews(XElement.Load(RealTableSamples.BusinessApprover), views);

        var problems = CustomizationsSchema.Problems(CustomizationsSchema.Packed([entity], []));

        Assert.Empty(problems);
    }

    [Fact]
    public void ColumnWithAnElementTheSchemaDoesNotKnow_IsReported()
    {
        var packed = Pack(ATable.Solution());
        packed.Descendants("attribute").First().Add(new XElement("IsTypo", "1"));

        var problems = CustomizationsSchema.Problems(packed);

        Assert.Contains(problems, problem => problem.Contains("IsTypo", StringComparison.Ordinal));
    }

    [Fact]
    public void ViewWithInvalidFetchXml_IsReported()
    {
        var packed = Pack(ATable.Solution());
        packed.Descendants("condition").First().SetAttributeValue("operator", "roughly");

        var problems = CustomizationsSchema.Problems(packed);

        Assert.Contains(problems, problem => problem.Contains("roughly", StringComparison.Ordinal));
    }

    private static XDocument Pack(SolutionTables tables) =>
        CustomizationsSchema.Packed(
            tables.Tables.Select(table => CustomizationsSchema.EntityWithViews(
                CustomizationsSchema.Load(EntityXml.Write(table)),
                table.Views.Select(view => CustomizationsSchema.Load(SavedQueryXml.Write(view))))),
            CustomizationsSchema.Load(RelationshipXml.WriteFile(tables.Relationships)).Elements());
}
