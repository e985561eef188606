using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>Reads an assembly's public surface from its metadata, in the line format of shared/xrm-sdk-api, without loading it.</summary>
public static class PublicApiListing
{
    /// <summary>The body lines (type, field, ctor, property, event, method), sorted as the format prescribes.</summary>
    public static IReadOnlyList<string> ReadBodyLines(string assemblyPath) => Read(assemblyPath, ListingWriter.BodyLines);

    /// <summary>The assembly's identity as the listing's <c>assembly</c> header line writes it.</summary>
    public static string ReadIdentity(string assemblyPath) =>
        Read(assemblyPath, reader => AssemblyIdentities.Of(reader, reader.GetAssemblyDefinition()));

    /// <summary>The identities of the assemblies it references, sorted (ordinal), as the <c>assemblyref</c> header lines write them.</summary>
    public static IReadOnlyList<string> ReadAssemblyReferences(string assemblyPath) =>
        Read(assemblyPath, reader => reader.AssemblyReferences
            .Select(handle => AssemblyIdentities.Of(reader, reader.GetAssemblyReference(handle)))
            .Order(StringComparer.Ordinal)
            .ToList());

    internal static T Read<T>(string assemblyPath, Func<MetadataReader, T> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        using var stream = File.OpenRead(assemblyPath);
        using var image = new PEReader(stream);
        if (!image.HasMetadata)
        {
            throw new BadImageFormatException($"{assemblyPath} has no .NET metadata.", assemblyPath);
        }

        var reader = image.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            throw new BadImageFormatException($"{assemblyPath} is a module, not an assembly.", assemblyPath);
        }

        return read(reader);
    }
}
