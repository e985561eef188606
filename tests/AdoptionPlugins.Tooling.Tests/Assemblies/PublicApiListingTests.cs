using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AdoptionPlugins.Tooling.Assemblies;
using AdoptionPlugins.Tooling.Tests.Fixtures;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Assemblies;

/// <summary>Checks the listing format on the fixtures against lines written by hand from the README rules.</summary>
public class PublicApiListingTests
{
    private const string FixtureNamespace = "AdoptionPlugins.Tooling.Tests.Fixtures.";
    private static readonly string TestAssembly = typeof(Shape).Assembly.Location;

    [Fact]
    public void FixtureTypes_MatchHandWrittenListing()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "PublicApi.approved.txt"));

        var actual = PublicApiListing.ReadBodyLines(TestAssembly).Where(line => DeclaringType(line).StartsWith(FixtureNamespace, StringComparison.Ordinal)).ToList();

        Assert.True(
            expected.SequenceEqual(actual),
            $"Missing:\n{string.Join('\n', expected.Except(actual))}\nUnexpected:\n{string.Join('\n', actual.Except(expected))}\n(or same lines, other order)");
    }

    [Fact]
    public void ExplicitInterfaceImplementation_IsLeftOut()
    {
        var cache = $"{FixtureNamespace}Cache`2";

        var lines = PublicApiListing.ReadBodyLines(TestAssembly).Where(line => DeclaringType(line) == cache).ToList();

        Assert.Contains(lines, line => line.Contains("System.IDisposable", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("Dispose", StringComparison.Ordinal));
    }

    [Fact]
    public void InternalAndPrivateTypes_AreLeftOut()
    {
        var hidden = new[] { nameof(InternalHelper), "Outer+Secret" };

        var lines = PublicApiListing.ReadBodyLines(TestAssembly);

        Assert.DoesNotContain(lines, line => hidden.Any(name => line.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public void CompilerEmittedAttributes_AreNotShown()
    {
        var shown = new HashSet<string> { "Obsolete", "Flags", "AttributeUsage", "DefaultMember", "DecimalConstant", "DateTimeConstant", "IsReadOnly", "IsByRefLike", "EditorBrowsable" };

        var attributes = PublicApiListing.ReadBodyLines(TestAssembly).SelectMany(line => Regex.Matches(line, @" \[([A-Za-z]+)[(\]]").Select(match => match.Groups[1].Value)).ToHashSet();

        Assert.Subset(shown, attributes);
        Assert.Contains("IsReadOnly", attributes);
    }

    [Fact]
    public void BodyLines_AreSortedByDeclaringTypeKindMemberThenLine()
    {
        var kinds = new[] { "type", "field", "ctor", "property", "event", "method" };

        var lines = PublicApiListing.ReadBodyLines(TestAssembly);

        var sorted = lines.OrderBy(DeclaringType, StringComparer.Ordinal).ThenBy(line => Array.IndexOf(kinds, line[..line.IndexOf(' ', StringComparison.Ordinal)]))
            .ThenBy(AfterColons, StringComparer.Ordinal).ThenBy(line => line, StringComparer.Ordinal);
        Assert.Equal(sorted, lines);
    }

    [Fact]
    public void ReadIdentity_OfUnsignedAssembly_HasNullToken()
    {
        var path = TestAssembly;

        var identity = PublicApiListing.ReadIdentity(path);

        Assert.Equal("AdoptionPlugins.Tooling.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", identity);
    }

    [Fact]
    public void ReadIdentity_OfStrongNamedAssembly_HasTokenFromPublicKey()
    {
        var assembly = typeof(object).Assembly;

        var identity = PublicApiListing.ReadIdentity(assembly.Location);

        Assert.Equal(assembly.GetName().FullName, identity);
        Assert.EndsWith("PublicKeyToken=7cec85d7bea7798e", identity, StringComparison.Ordinal);
    }

    // For a type line, the type name without generic parameters; for a member line, the name before "::".
    private static string DeclaringType(string line)
    {
        var separator = line.IndexOf("::", StringComparison.Ordinal);
        if (separator >= 0)
        {
            return line[(line.LastIndexOf(' ', separator) + 1)..separator];
        }

        var words = line.Split(' ');
        var name = words[Array.FindIndex(words, word => word is "class" or "interface" or "struct" or "enum" or "delegate") + 1];
        return name.Split('<')[0];
    }

    private static string AfterColons(string line)
    {
        var separator = line.IndexOf("::", StringComparison.Ordinal);
        return separator < 0 ? string.Empty : line[(separator + 2)..];
    }
}
