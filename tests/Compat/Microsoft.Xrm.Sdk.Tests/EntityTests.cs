using System;
using System.Collections.Generic;
using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class EntityTests
{
    [Fact]
    public void IndexerOnMissingColumn_ThrowsKeyNotFound()
    {
        var task = new Entity("task");

        Assert.Throws<KeyNotFoundException>(() => task["subject"]);
    }

    [Fact]
    public void GetAttributeValueOnMissingColumn_ReturnsDefault()
    {
        var task = new Entity("task");

        Assert.Null(task.GetAttributeValue<string>("subject"));
        Assert.Equal(0, task.GetAttributeValue<int>("actualdurationminutes"));
        Assert.Null(task.GetAttributeValue<int?>("actualdurationminutes"));
    }

    [Fact]
    public void GetAttributeValueOfAnotherType_ThrowsInvalidCast()
    {
        var task = new Entity("task") { ["actualdurationminutes"] = 30 };

        Assert.Throws<InvalidCastException>(() => task.GetAttributeValue<long>("actualdurationminutes"));
    }

    [Fact]
    public void GetAttributeValueWithBlankName_ThrowsArgumentNull()
    {
        var task = new Entity("task");

        Assert.Throws<ArgumentNullException>(() => task.GetAttributeValue<string>(" "));
    }

    [Fact]
    public void ColumnNames_AreCaseSensitive()
    {
        var task = new Entity("task") { ["subject"] = "Call back" };

        Assert.True(task.Contains("subject"));
        Assert.False(task.Contains("Subject"));
    }

    [Fact]
    public void IndexerSet_AddsOrReplaces()
    {
        var task = new Entity("task") { ["subject"] = "First" };

        task["subject"] = "Second";

        Assert.Equal("Second", task["subject"]);
        Assert.Single(task.Attributes);
    }

    [Fact]
    public void Id_IsNotAColumn()
    {
        var task = new Entity("task", Guid.NewGuid());

        Assert.False(task.Contains("activityid"));
        Assert.Equal(Guid.Empty, task.GetAttributeValue<Guid>("activityid"));
    }

    [Fact]
    public void ToEntityReference_CarriesNameIdAndRowVersionButNotKeys()
    {
        var day = new Entity("adopt_activityday", "adopt_day", "2026-11-25") { Id = Guid.NewGuid(), RowVersion = "42" };

        var reference = day.ToEntityReference();

        Assert.Equal(("adopt_activityday", day.Id, "42"), (reference.LogicalName, reference.Id, reference.RowVersion));
        Assert.Empty(reference.KeyAttributes);
    }

    [Fact]
    public void TryGetAttributeValueOfConvertibleType_Converts()
    {
        var task = new Entity("task") { ["subject"] = "12" };

        var found = task.TryGetAttributeValue("subject", out int number);

        Assert.True(found);
        Assert.Equal(12, number);
    }

    [Fact]
    public void TryGetAttributeValueOfUnconvertibleType_ReturnsFalse()
    {
        var task = new Entity("task") { ["subject"] = "not a number" };

        var found = task.TryGetAttributeValue("subject", out int number);

        Assert.False(found);
        Assert.Equal(0, number);
    }

    [Fact]
    public void KeyConstructor_FillsKeyAttributesNotColumns()
    {
        var day = new Entity("adopt_activityday", "adopt_name", "u1|2026-11-25");

        Assert.Equal("u1|2026-11-25", day.KeyAttributes["adopt_name"]);
        Assert.Empty(day.Attributes);
    }
}
