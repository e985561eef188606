using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using AdoptionPlugins.Tooling.Validation;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>
/// A strong-named plugin assembly made of metadata only: classes that implement <c>Microsoft.Xrm.Sdk.IPlugin</c> (or not), public
/// or not, abstract or not, so pack and validate can be tested against a DLL whose plugin types the test chooses.
/// </summary>
public sealed class FixturePluginDll
{
    public const string DefaultName = "AdoptionFixture";

    /// <summary>Any bytes serve: the token is the SHA-1 of the key; nothing is signed.</summary>
    private static readonly byte[] PublicKey = [.. new byte[] { 0, 36, 0, 0, 4, 128, 0, 0 }, .. new byte[24]];

    private readonly List<(string FullName, TypeAttributes Attributes, bool Plugin)> _types = [];

    public FixturePluginDll(string name = DefaultName, Version? version = null)
    {
        Name = name;
        Version = version ?? new Version(1, 0, 0, 0);
    }

    public string Name { get; }

    public Version Version { get; }

    /// <summary>A public, non-abstract class implementing IPlugin: a type Dataverse can run.</summary>
    public FixturePluginDll WithPlugin(string fullName) => With(fullName, TypeAttributes.Public | TypeAttributes.Class, plugin: true);

    /// <summary>An abstract class implementing IPlugin: a base class, not a runnable type.</summary>
    public FixturePluginDll WithAbstractPlugin(string fullName) =>
        With(fullName, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract, plugin: true);

    /// <summary>A public class that does not implement IPlugin.</summary>
    public FixturePluginDll WithPlainClass(string fullName) => With(fullName, TypeAttributes.Public | TypeAttributes.Class, plugin: false);

    /// <summary>The DLL's bytes.</summary>
    public byte[] Build()
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString(Name + ".dll"), metadata.GetOrAddGuid(new Guid("5f0c2a4e-7b61-4c1d-9e3a-2b8d6f4a1c07")), default, default);
        metadata.AddAssembly(
            metadata.GetOrAddString(Name), Version, default, metadata.GetOrAddBlob(PublicKey), AssemblyFlags.PublicKey, AssemblyHashAlgorithm.Sha1);
        var corlib = Reference(metadata, "mscorlib", new Version(4, 0, 0, 0), [0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89]);
        var sdk = Reference(metadata, "Microsoft.Xrm.Sdk", new Version(9, 0, 0, 0), [0x31, 0xbf, 0x38, 0x56, 0xad, 0x36, 0x4e, 0x35]);
        var systemObject = metadata.AddTypeReference(corlib, metadata.GetOrAddString("System"), metadata.GetOrAddString("Object"));
        var plugin = metadata.AddTypeReference(sdk, metadata.GetOrAddString("Microsoft.Xrm.Sdk"), metadata.GetOrAddString("IPlugin"));
        var noFields = MetadataTokens.FieldDefinitionHandle(1);
        var noMethods = MetadataTokens.MethodDefinitionHandle(1);
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, noFields, noMethods);
        foreach (var (fullName, attributes, implementsPlugin) in _types)
        {
            var dot = fullName.LastIndexOf('.');
            var type = metadata.AddTypeDefinition(
                attributes, metadata.GetOrAddString(fullName[..dot]), metadata.GetOrAddString(fullName[(dot + 1)..]), systemObject, noFields, noMethods);
            if (implementsPlugin)
            {
                metadata.AddInterfaceImplementation(type, plugin);
            }
        }

        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder()).Serialize(image);
        return image.ToArray();
    }

    /// <summary>The identity a registration must give to match this DLL: <c>Name, Version=…, Culture=neutral, PublicKeyToken=…</c>.</summary>
    public string Identity() => PluginTypeScan.Read(Build()).Identity;

    private static AssemblyReferenceHandle Reference(MetadataBuilder metadata, string name, Version version, byte[] token) =>
        metadata.AddAssemblyReference(metadata.GetOrAddString(name), version, default, metadata.GetOrAddBlob(token), default, default);

    private FixturePluginDll With(string fullName, TypeAttributes attributes, bool plugin)
    {
        _types.Add((fullName, attributes, plugin));
        return this;
    }
}
