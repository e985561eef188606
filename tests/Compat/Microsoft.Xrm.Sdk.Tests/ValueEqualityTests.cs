using System;
using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class ValueEqualityTests
{
    private static readonly Guid UserId = Guid.Parse("6f0b5b39-3f43-4a8e-9d58-5ad4b0a1c001");

    [Fact]
    public void EntityReferencesWithSameTableAndId_AreEqual()
    {
        var first = new EntityReference("systemuser", UserId) { Name = "Ada" };
        var second = new EntityReference("systemuser", UserId) { Name = "Someone else" };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void EntityReferencesDifferingInTableCase_AreNotEqual()
    {
        var first = new EntityReference("systemuser", UserId);
        var second = new EntityReference("SystemUser", UserId);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void EntityReferencesDifferingInKeys_AreNotEqual()
    {
        var first = new EntityReference("adopt_activityday", "adopt_name", "a");
        var second = new EntityReference("adopt_activityday", "adopt_name", "b");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void OptionSetValuesWithSameValue_AreEqual()
    {
        Assert.Equal(new OptionSetValue(3), new OptionSetValue(3));
        Assert.NotEqual(new OptionSetValue(3), new OptionSetValue(4));
    }

    [Fact]
    public void MoneyWithSameAmount_IsEqual()
    {
        Assert.Equal(new Money(10.50m), new Money(10.5m));
        Assert.NotEqual(new Money(10m), new Money(11m));
    }

    [Fact]
    public void ValueTypes_HaveNoEqualityOperator()
    {
        var first = new OptionSetValue(3);
        var second = new OptionSetValue(3);

        Assert.False(first == second);
    }
}
