using System;
using System.IO;
using System.Linq;
using System.Text;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>The Entity.xml writer against its own reader, the reader against real exports, and the errors on bad files.</summary>
public class EntityXmlTests
{
    [Fact]
    public void WrittenTable_ReadsBackEqual()
    {
        var table = ATable.Table();
        using var solution = new TemporarySolution();

        File.WriteAllBytes(Path.Combine(solution.Path, "Entity.xml"), EntityXml.Write(table));

        TableAssert.Equal(table with { Views = [] }, EntityXml.ReadFile(Path.Combine(solution.Path, "Entity.xml"), "Entity.xml"));
    }

    [Fact]
    public void ColumnsInAnyOrder_AreWrittenInExportOrder()
    {
        var table = ATable.Table();
        var shuffled = table with { Columns = [.. table.Columns.Reverse()] };

        var bytes = EntityXml.Write(shuffled);

        Assert.Equal(EntityXml.Write(table), bytes);
    }

    [Fact]
    public void ExportOrder_IgnoresCaseAsExportsDo()
    {
        var names = new[] { "UTCConversionTimeZoneCode", "statecode", "CreatedBy", "autocoe_UTCOffset", "OwnerId", "OverriddenCreatedOn" };

        var ordered = EntityXml.ExportOrder(names.Select(name => ATable.Table().Columns[0] with { SchemaName = name })).Select(column => column.SchemaName);

        Assert.Equal(["autocoe_UTCOffset", "CreatedBy", "OverriddenCreatedOn", "OwnerId", "statecode", "UTCConversionTimeZoneCode"], ordered);
    }

    [Fact]
    public void RealBusinessApprover_ReadsColumnsKeysAndOwnership()
    {
        var table = EntityXml.ReadFile(RealTableSamples.BusinessApprover, "BAK cat_BusinessApprover");

        Assert.Equal(("cat_businessapproverid", "cat_name", TableOwnership.UserOwned), (table.PrimaryIdColumn, table.PrimaryNameColumn, table.Ownership));
        Assert.Equal((ColumnKind.Text, 200, RequirementLevel.ApplicationRequired), Facts(table, "cat_approverid"));
        Assert.Equal(["cat_approverid"], table.Keys.Single().Columns);
        Assert.Equal("cat_key_approverid", table.Keys.Single().LogicalName);
    }

    [Fact]
    public void RealBusinessApprover_ReadsGlobalChoiceYesNoAndOwner()
    {
        var table = EntityXml.ReadFile(RealTableSamples.BusinessApprover, "BAK cat_BusinessApprover");

        var approverType = table.FindColumn("cat_approvertype")!;
        Assert.Equal((true, "cat_bizappr_approvertype", 809060000, 0), (approverType.IsGlobalChoice, approverType.OptionSetName, approverType.AppDefaultValue, approverType.Options.Count));
        Assert.Equal([(1, "Yes"), (0, "No")], table.FindColumn("cat_isoutofoffice")!.Options.Select(option => (option.Value, option.Label)));
        Assert.Equal([8, 9], table.FindColumn("ownerid")!.LookupTypes);
        Assert.Equal([(0, 1), (1, 2)], table.FindColumn("statecode")!.Options.Select(option => (option.Value, option.DefaultStatus!.Value)));
    }

    [Fact]
    public void RealScheduleItem_ReadsDateBehaviourNumberRangeAndLocalChoice()
    {
        var table = EntityXml.ReadFile(RealTableSamples.ScheduleItem, "AKC autocoe_AutomationScheduleItem");

        Assert.Equal((DateBehavior.UserLocal, "datetime"), (table.FindColumn("autocoe_enddate")!.Behavior, table.FindColumn("autocoe_enddate")!.Format));
        Assert.Equal((int.MinValue, int.MaxValue), (table.FindColumn("autocoe_utcoffset")!.MinValue, table.FindColumn("autocoe_utcoffset")!.MaxValue));
        Assert.Equal([(0, "Normal"), (1, "High")], table.FindColumn("autocoe_priority")!.Options.Select(option => (option.Value, option.Label)));
        Assert.Equal((true, false), (table.FindColumn("owninguser")!.IsLogical, table.FindColumn("statecode")!.IsValidForCreate));
    }

    [Fact]
    public void RealScheduleItem_SystemColumnsAreTheOnesWeGenerate()
    {
        var real = EntityXml.ReadFile(RealTableSamples.ScheduleItem, "AKC autocoe_AutomationScheduleItem");

        var ours = StandardColumns.ForUserOwned("autocoe_AutomationScheduleItem", "Automation Schedule Item");

        Assert.All(ours, column => Assert.Equal(column, real.FindColumn(column.LogicalName)));
    }

    [Fact]
    public void UnsupportedColumnType_FailsNamingColumnAndType()
    {
        var error = ReadBroken("<Type>int</Type>\n          <Name>pfx_count", "<Type>money</Type>\n          <Name>pfx_count");

        Assert.Contains("column pfx_Count", error.Message, StringComparison.Ordinal);
        Assert.Contains("<Type> is 'money'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LogicalNameThatIsNotTheLowerCaseSchemaName_Fails()
    {
        var error = ReadBroken("<LogicalName>pfx_count</LogicalName>", "<LogicalName>pfx_total</LogicalName>");

        Assert.Contains("<LogicalName> is 'pfx_total'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableNamedTwoWays_Fails()
    {
        var error = ReadBroken("<entity Name=\"pfx_Sample\">", "<entity Name=\"pfx_Other\">");

        Assert.Contains("<Name> says pfx_Sample but <entity Name> says pfx_Other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextColumnWithoutMaxLength_CannotBeWritten()
    {
        var table = ATable.Table();
        var broken = table with { Columns = [.. table.Columns.Select(column => column.LogicalName == "pfx_code" ? column with { MaxLength = null } : column)] };

        var error = Assert.Throws<ArgumentException>(() => EntityXml.Write(broken));

        Assert.Contains("pfx_Sample.pfx_Code: a text column needs a MaxLength", error.Message, StringComparison.Ordinal);
    }

    private static (ColumnKind, int?, RequirementLevel) Facts(TableDefinition table, string column) =>
        (table.FindColumn(column)!.Kind, table.FindColumn(column)!.MaxLength, table.FindColumn(column)!.RequiredLevel);

    // Writes the sample table with one thing replaced, to make it wrong, and returns the reader's error.
    private static InvalidDataException ReadBroken(string find, string replacement)
    {
        var xml = Encoding.UTF8.GetString(EntityXml.Write(ATable.Table())).TrimStart('\uFEFF');
        Assert.Contains(find, xml, StringComparison.Ordinal);
        using var solution = new TemporarySolution();
        solution.Write("Entity.xml", xml.Replace(find, replacement, StringComparison.Ordinal));
        return Assert.Throws<InvalidDataException>(() => EntityXml.ReadFile(Path.Combine(solution.Path, "Entity.xml"), "Entity.xml"));
    }
}
