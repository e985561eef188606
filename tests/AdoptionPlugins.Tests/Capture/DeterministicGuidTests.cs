using System;
using AdoptionPlugins.Adoption.Capture;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class DeterministicGuidTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void RfcNamespaceAndName_GiveTheVersion5UuidOtherLibrariesGive()
    {
        var id = DeterministicGuid.Create(DnsNamespace, "python.org");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), id);
    }

    [Fact]
    public void SameName_GivesTheSameId()
    {
        var first = DeterministicGuid.Create("task:7b1f5c9e-0000-4000-8000-000000000001:logged");

        var second = DeterministicGuid.Create("task:7b1f5c9e-0000-4000-8000-000000000001:logged");

        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentNames_GiveDifferentIdsMarkedAsVersion5()
    {
        var logged = DeterministicGuid.Create("task:7b1f5c9e-0000-4000-8000-000000000001:logged");

        var completed = DeterministicGuid.Create("task:7b1f5c9e-0000-4000-8000-000000000001:completed");

        Assert.NotEqual(logged, completed);
        Assert.Equal('5', completed.ToString("D")[14]);
    }
}
