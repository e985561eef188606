using System;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>What a table design adds by itself, and the designs it refuses.</summary>
public class TableDesignTests
{
    [Fact]
    public void Design_GetsTheSystemColumnsOfAUserOwnedTable()
    {
        var table = ATable.Table();

        var system = table.Columns.Where(column => !column.IsCustomField).Select(column => column.LogicalName);

        Assert.Equal(
            ["createdby", "createdon", "createdonbehalfby", "importsequencenumber", "modifiedby", "modifiedon", "modifiedonbehalfby", "overriddencreatedon",
             "ownerid", "owningbusinessunit", "owningteam", "owninguser", "pfx_sampleid", "statecode", "statuscode", "timezoneruleversionnumber", "utcconversiontimezonecode"],
            system.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Design_GetsTheSystemRelationshipsAndOnePerLookup()
    {
        var relationships = ATable.Design().ToRelationships().Select(relationship => relationship.SchemaName);

        Assert.Equal(
            ["business_unit_pfx_sample", "lk_pfx_sample_createdby", "lk_pfx_sample_modifiedby", "owner_pfx_sample", "pfx_Sample_UserId_SystemUser", "team_pfx_sample", "user_pfx_sample"],
            relationships.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LocalChoice_IsNamedAfterItsTableAndColumn()
    {
        var kind = ATable.Table().FindColumn("pfx_kind")!;

        Assert.Equal("pfx_sample_pfx_kind", kind.OptionSetName);
    }

    [Fact]
    public void LookupWithoutATarget_CannotBeBuilt()
    {
        var design = ATable.Design() with { Lookups = [] };

        var error = Assert.Throws<InvalidOperationException>(() => design.ToTable());

        Assert.Contains("every lookup column needs exactly one LookupTarget; columns [pfx_UserId], targets []", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4001)]
    public void TextLengthThePlatformDoesNotAllow_IsRefused(int maxLength)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CustomColumns.Text("pfx_Code", "Code", "A code.", maxLength));

        Assert.Contains("pfx_Code: a text column holds 1 to 4000 characters", error.Message, StringComparison.Ordinal);
    }
}
