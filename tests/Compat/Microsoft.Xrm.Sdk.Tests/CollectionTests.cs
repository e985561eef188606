using System;
using System.Collections.Generic;
using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class CollectionTests
{
    [Fact]
    public void AddingDuplicateKey_ThrowsArgumentException()
    {
        var parameters = new ParameterCollection { { "Target", null } };

        Assert.Throws<ArgumentException>(() => parameters.Add("Target", new Entity("task")));
    }

    [Fact]
    public void MissingParameter_ThrowsKeyNotFound()
    {
        var parameters = new ParameterCollection();

        Assert.Throws<KeyNotFoundException>(() => parameters["Target"]);
    }

    [Fact]
    public void TypedTryGetValueOfWrongType_ReturnsFalse()
    {
        var parameters = new ParameterCollection { { "Target", new EntityReference("task", Guid.NewGuid()) } };

        Assert.False(parameters.TryGetValue("Target", out Entity _));
        Assert.True(parameters.TryGetValue("Target", out EntityReference _));
    }

    [Fact]
    public void AddOrUpdateIfNotNull_IgnoresNull()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("tag", null);

        Assert.False(parameters.Contains("tag"));
    }

    [Fact]
    public void EntityCollectionFromList_CopiesTheList()
    {
        var list = new List<Entity> { new("task") };

        var collection = new EntityCollection(list);
        list.Add(new Entity("task"));

        Assert.Single(collection.Entities);
    }

    [Fact]
    public void NewEntityCollection_HasNoMoreRecordsAndZeroTotal()
    {
        var collection = new EntityCollection();

        Assert.Equal((false, 0, null, 0), (collection.MoreRecords, collection.TotalRecordCount, collection.PagingCookie, collection.Entities.Count));
    }
}
