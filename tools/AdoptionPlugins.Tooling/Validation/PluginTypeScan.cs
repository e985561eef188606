using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AdoptionPlugins.Tooling.Assemblies;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Reads a plugin DLL's identity and the classes Dataverse can run from it, from metadata only (the DLL is never loaded): public,
/// non-abstract classes that implement <c>Microsoft.Xrm.Sdk.IPlugin</c> themselves or through a base class of the same assembly.
/// </summary>
public sealed record PluginTypeScan(string Identity, IReadOnlySet<string> PluginTypes)
{
    private const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";

    /// <summary>Reads <paramref name="dll"/>; throws <see cref="BadImageFormatException"/> when it is not a .NET assembly.</summary>
    public static PluginTypeScan Read(byte[] dll)
    {
        ArgumentNullException.ThrowIfNull(dll);
        using var image = new PEReader(ImmutableArray.Create(dll));
        if (!image.HasMetadata)
        {
            throw new BadImageFormatException("The file has no .NET metadata.");
        }

        var reader = image.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            throw new BadImageFormatException("The file is a module, not an assembly.");
        }

        var runnable = reader.TypeDefinitions
            .Where(handle => IsRunnable(reader, reader.GetTypeDefinition(handle)) && ImplementsPlugin(reader, handle, depth: 0))
            .Select(handle => FullName(reader, reader.GetTypeDefinition(handle)))
            .ToHashSet(StringComparer.Ordinal);
        return new PluginTypeScan(AssemblyIdentities.Of(reader, reader.GetAssemblyDefinition()), runnable);
    }

    private static bool IsRunnable(MetadataReader reader, TypeDefinition type)
    {
        var attributes = type.Attributes;
        return (attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public
            && (attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) == 0
            && type.GetGenericParameters().Count == 0
            && !reader.GetString(type.Name).StartsWith('<');
    }

    private static bool ImplementsPlugin(MetadataReader reader, TypeDefinitionHandle handle, int depth)
    {
        // A base-class chain deeper than this is a cycle in malformed metadata, not a plugin.
        if (depth > 32)
        {
            return false;
        }

        var type = reader.GetTypeDefinition(handle);
        if (type.GetInterfaceImplementations().Any(implementation =>
                NameOf(reader, reader.GetInterfaceImplementation(implementation).Interface) == PluginInterface))
        {
            return true;
        }

        return type.BaseType.Kind == HandleKind.TypeDefinition && ImplementsPlugin(reader, (TypeDefinitionHandle)type.BaseType, depth + 1);
    }

    private static string? NameOf(MetadataReader reader, EntityHandle handle) =>
        handle.Kind switch
        {
            HandleKind.TypeReference => Join(reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Namespace), reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Name)),
            HandleKind.TypeDefinition => FullName(reader, reader.GetTypeDefinition((TypeDefinitionHandle)handle)),
            _ => null,
        };

    private static string FullName(MetadataReader reader, TypeDefinition type) =>
        Join(reader.GetString(type.Namespace), reader.GetString(type.Name));

    private static string Join(string @namespace, string name) => @namespace.Length == 0 ? name : $"{@namespace}.{name}";
}
