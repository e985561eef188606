using System;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Name-based ids follow RFC 4122 version 5, so any other implementation computes the same ids.</summary>
public class NameBasedGuidTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void PythonOrgInTheDnsNamespace_IsTheWellKnownVersion5Id()
    {
        var id = NameBasedGuid.Create(DnsNamespace, "python.org");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), id);
    }

    [Fact]
    public void DifferentNames_GiveDifferentIds()
    {
        var first = NameBasedGuid.Create(NameBasedGuid.TablesNamespace, "adopt_activityday/savedquery/active");

        var second = NameBasedGuid.Create(NameBasedGuid.TablesNamespace, "adopt_activityday/savedquery/inactive");

        Assert.NotEqual(first, second);
    }
}
