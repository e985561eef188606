using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>A parsed API listing (shared/xrm-sdk-api/*.txt): the assembly's identity, its references and the set of its body lines.</summary>
public sealed class ApiListingFile
{
    private static readonly string[] BodyKinds = ["type ", "field ", "ctor ", "property ", "event ", "method ", "forwarder "];

    private ApiListingFile(string identity, IReadOnlyList<string> assemblyReferences, IEnumerable<string> bodyLines)
    {
        Identity = identity;
        AssemblyName = AssemblyIdentities.NameOf(identity);
        AssemblyReferences = assemblyReferences;
        BodyLines = bodyLines.ToFrozenSet(StringComparer.Ordinal);
        TypeNames = BodyLines.Select(TypeName).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        MemberKeys = BodyLines.Select(ApiMemberKey.FromListingLine).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The <c>assembly</c> header: <c>Name, Version=…, Culture=…, PublicKeyToken=…</c>.</summary>
    public string Identity { get; }

    public string AssemblyName { get; }

    /// <summary>The <c>assemblyref</c> header lines' identities, in file order.</summary>
    public IReadOnlyList<string> AssemblyReferences { get; }

    public IReadOnlySet<string> BodyLines { get; }

    /// <summary>Names of the listed types as references write them (<c>Ns.DataCollection`1</c>, <c>Ns.Outer+Inner</c>), plus forwarded types.</summary>
    public IReadOnlySet<string> TypeNames { get; }

    /// <summary>The <see cref="ApiMemberKey"/> of every ctor, method and field line.</summary>
    public IReadOnlySet<string> MemberKeys { get; }

    public static ApiListingFile Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>The listing of a compiled assembly, read from its metadata.</summary>
    public static ApiListingFile FromAssembly(string assemblyPath) =>
        new(
            PublicApiListing.ReadIdentity(assemblyPath),
            PublicApiListing.ReadAssemblyReferences(assemblyPath),
            PublicApiListing.ReadBodyLines(assemblyPath));

    public static ApiListingFile Parse(IEnumerable<string> lines, string source = "listing")
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? identity = null;
        var assemblyReferences = new List<string>();
        var bodyLines = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("assembly ", StringComparison.Ordinal))
            {
                identity = identity is null ? line["assembly ".Length..] : throw Invalid(source, number, "a second 'assembly' line");
            }
            else if (line.StartsWith("assemblyref ", StringComparison.Ordinal))
            {
                assemblyReferences.Add(line["assemblyref ".Length..]);
            }
            else if (line.StartsWith("assembly-", StringComparison.Ordinal))
            {
                // Flags, key, attributes: facts about the file, not needed to bind against it.
            }
            else if (BodyKinds.Any(kind => line.StartsWith(kind, StringComparison.Ordinal)))
            {
                bodyLines.Add(line);
            }
            else
            {
                throw Invalid(source, number, $"an unknown line: {line}");
            }
        }

        return new ApiListingFile(
            identity ?? throw new FormatException($"{source}: no 'assembly <identity>' line."),
            assemblyReferences,
            bodyLines);
    }

    private static FormatException Invalid(string source, int number, string what) => new($"{source}({number}): {what}");

    // "type <vis> [static |abstract |sealed ]<kind> <Name>[<GenericParams>] ..." or "forwarder <Name> -> <assembly>".
    private static string? TypeName(string line)
    {
        var words = line.Split(' ');
        if (words[0] == "forwarder")
        {
            return words.Length > 1 ? words[1] : null;
        }

        if (words[0] != "type")
        {
            return null;
        }

        var kind = Array.FindIndex(words, word => word is "class" or "interface" or "struct" or "enum" or "delegate");
        if (kind < 0 || kind + 1 >= words.Length)
        {
            throw new FormatException($"No type name in listing line: {line}");
        }

        var name = words[kind + 1];
        var genericParameters = name.IndexOf('<', StringComparison.Ordinal);
        return genericParameters < 0 ? name : name[..genericParameters];
    }
}
