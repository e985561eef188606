using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>
/// What we write has the element names, order and attributes of real exports for the same kind of thing: a column of each type
/// (AKC), the system columns byte for byte, the table flags, each kind of view (BAK) and both kinds of relationship (AKM).
/// </summary>
public class ExportShapeTests
{
    private static readonly Lazy<XElement> Ours = new(() => Parse(EntityXml.Write(ShippedTables.Definitions.FindTable("adopt_activitysignal")!)));

    private static readonly Lazy<XElement> Real = new(() => XElement.Load(RealTableSamples.ScheduleItem));

    [Theory]
    [InlineData("adopt_SourceKey", "autocoe_CronDescription")]
    [InlineData("adopt_OccurredOn", "autocoe_EndDate")]
    [InlineData("adopt_Kind", "autocoe_Priority")]
    [InlineData("adopt_UserId", "autocoe_AutomationSchedule")]
    [InlineData("adopt_Name", "autocoe_Name")]
    public void CustomColumn_HasTheShapeOfARealColumnOfItsType(string ours, string real)
    {
        var column = Column(Ours.Value, ours);

        var sample = Column(Real.Value, real);

        Assert.Equal(Shape(sample), Shape(column));
    }

    [Theory]
    [InlineData("adopt_TotalCount", "autocoe_UTCOffset")]
    [InlineData("adopt_IsVip", "autocoe_IsDeleted")]
    public void ProfileAndDayColumn_HasTheShapeOfARealColumnOfItsType(string ours, string real)
    {
        var table = ours == "adopt_IsVip" ? "adopt_adoptionprofile" : "adopt_activityday";
        var column = Column(Parse(EntityXml.Write(ShippedTables.Definitions.FindTable(table)!)), ours);

        var sample = Column(Real.Value, real);

        Assert.Equal(Shape(sample), Shape(column));
    }

    [Theory]
    [InlineData("CreatedBy")]
    [InlineData("CreatedOn")]
    [InlineData("ImportSequenceNumber")]
    [InlineData("OverriddenCreatedOn")]
    [InlineData("OwnerId")]
    [InlineData("OwningTeam")]
    [InlineData("statecode")]
    [InlineData("statuscode")]
    [InlineData("UTCConversionTimeZoneCode")]
    [InlineData("autocoe_AutomationScheduleItemId")]
    public void SystemColumn_IsWrittenAsTheRealExportWritesIt(string realName)
    {
        var sample = Column(Real.Value, realName).ToString()
            .Replace("autocoe_AutomationScheduleItem", "adopt_ActivitySignal", StringComparison.Ordinal)
            .Replace("autocoe_automationscheduleitem", "adopt_activitysignal", StringComparison.Ordinal)
            .Replace("Automation Schedule Item", "Activity Signal", StringComparison.Ordinal);

        var ours = Column(Ours.Value, realName.Replace("autocoe_AutomationScheduleItem", "adopt_ActivitySignal", StringComparison.Ordinal)).ToString();

        Assert.Equal(sample, ours);
    }

    [Fact]
    public void TableFlags_AreInTheOrderOfARealExport()
    {
        var real = Real.Value.Element("EntityInfo")!.Element("entity")!.Elements().Select(element => element.Name.LocalName);

        var ours = Ours.Value.Element("EntityInfo")!.Element("entity")!.Elements().Select(element => element.Name.LocalName);

        Assert.Equal(real, ours);
    }

    [Fact]
    public void TableWithAKey_HasTheKeyWhereARealExportPutsIt()
    {
        var real = XElement.Load(RealTableSamples.BusinessApprover);

        var ours = Parse(EntityXml.Write(ShippedTables.Definitions.FindTable("adopt_activityday")!));

        Assert.Equal(TableShape(real), TableShape(ours));
        Assert.Equal(Shape(real.Descendants("EntityKey").Single()), Shape(ours.Descendants("EntityKey").Single()));
    }

    [Theory]
    [InlineData(ViewType.Public, "{30a048ad-2046-4f9e-b689-61a5546fd842}")]
    [InlineData(ViewType.AdvancedFind, "{3141b298-7dd4-44ad-8e0f-ba49afdc6a04}")]
    [InlineData(ViewType.Associated, "{0fb7e7b8-c59c-49d1-b443-eac28e551871}")]
    [InlineData(ViewType.QuickFind, "{6acb6c3e-0bdc-487c-a4d0-36ba88e016aa}")]
    [InlineData(ViewType.Lookup, "{fedc5914-2801-4d23-8ff7-6dc56a2f6a14}")]
    public void SystemView_HasTheShapeOfTheRealViewOfItsType(ViewType type, string realFile)
    {
        var real = XElement.Load(Path.Combine(RealTableSamples.BusinessApproverViews, realFile + ".xml"));

        var ours = Parse(SavedQueryXml.Write(ShippedTables.Definitions.FindTable("adopt_leaveperiod")!.Views.First(view => view.Type == type && view.IsDefault)));

        Assert.Equal(ViewShape(real), ViewShape(ours));
    }

    [Theory]
    [InlineData("adopt_ActivitySignal_UserId_SystemUser", "autocoe_Department_DepartmentManager_Syst")]
    [InlineData("lk_adopt_activitysignal_createdby", "lk_autocoe_department_createdby")]
    public void Relationship_HasTheShapeOfARealOneOfItsKind(string ours, string real)
    {
        var sample = XElement.Load(RealTableSamples.SystemUserRelationships).Elements().Single(element => element.Attribute("Name")!.Value == real);

        var written = Parse(RelationshipXml.WriteFile(ShippedTables.Definitions.Relationships.Where(relationship => relationship.SchemaName == ours)));

        Assert.Equal(Shape(sample), Shape(written.Elements().Single()));
    }

    private static XElement Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XElement.Load(stream);
    }

    private static XElement Column(XElement entity, string physicalName) =>
        entity.Descendants("attribute").Single(attribute => attribute.Attribute("PhysicalName")!.Value == physicalName);

    // Every element and attribute name in document order, with the leaf values that say what kind of thing it is left out.
    private static string[] Shape(XElement element) =>
        element.DescendantsAndSelf()
            .Select(node => $"{node.Parent?.Name.LocalName}/{node.Name.LocalName}[{string.Join(",", node.Attributes().Select(attribute => attribute.Name.LocalName))}]")
            .Distinct()
            .ToArray();

    private static string[] TableShape(XElement entity) =>
        entity.Element("EntityInfo")!.Element("entity")!.Elements().Select(element => element.Name.LocalName).ToArray();

    // A view's elements and attributes, and the kinds of fetch nodes, without the per-column repeats.
    private static string[] ViewShape(XElement view) =>
        Shape(view).Where(part => !part.StartsWith("entity/attribute", StringComparison.Ordinal)).ToArray();
}
