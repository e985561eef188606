using System;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>Writes a minimal assembly made only of references to other assemblies' types and members, to test binding checks without a compiler or the SDK.</summary>
public sealed class CraftedAssembly
{
    private readonly MetadataBuilder _metadata = new();
    private readonly AssemblyDefinitionHandle _assembly;
    private readonly string _name;

    public CraftedAssembly(string name)
    {
        _name = name;
        _metadata.AddModule(0, _metadata.GetOrAddString(name + ".dll"), _metadata.GetOrAddGuid(Guid.NewGuid()), default, default);
        _assembly = _metadata.AddAssembly(_metadata.GetOrAddString(name), new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.Sha1);
        _metadata.AddTypeDefinition(
            default, default, _metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
    }

    /// <summary>A reference to an assembly given as <c>Name, Version=…, Culture=neutral, PublicKeyToken=…</c>.</summary>
    public AssemblyReferenceHandle Reference(string identity)
    {
        var name = new AssemblyName(identity);
        return _metadata.AddAssemblyReference(
            _metadata.GetOrAddString(name.Name!),
            name.Version!,
            string.IsNullOrEmpty(name.CultureName) ? default : _metadata.GetOrAddString(name.CultureName),
            _metadata.GetOrAddBlob(name.GetPublicKeyToken() ?? []),
            default,
            default);
    }

    /// <summary>A reference to a type by its full name; <c>Outer+Inner</c> gives a nested reference.</summary>
    public TypeReferenceHandle Type(AssemblyReferenceHandle assembly, string fullName)
    {
        var parts = fullName.Split('+');
        var dot = parts[0].LastIndexOf('.');
        var handle = _metadata.AddTypeReference(
            assembly,
            dot < 0 ? default : _metadata.GetOrAddString(parts[0][..dot]),
            _metadata.GetOrAddString(parts[0][(dot + 1)..]));
        foreach (var nested in parts[1..])
        {
            handle = _metadata.AddTypeReference(handle, default, _metadata.GetOrAddString(nested));
        }

        return handle;
    }

    /// <summary>A generic instantiation such as <c>DataCollection`2&lt;string, object&gt;</c>, the parent of references to its members.</summary>
    public TypeSpecificationHandle Instance(TypeReferenceHandle genericType, params Action<SignatureTypeEncoder>[] arguments)
    {
        var blob = new BlobBuilder();
        var encoder = new BlobEncoder(blob).TypeSpecificationSignature().GenericInstantiation(genericType, arguments.Length, isValueType: false);
        foreach (var argument in arguments)
        {
            argument(encoder.AddArgument());
        }

        return _metadata.AddTypeSpecification(_metadata.GetOrAddBlob(blob));
    }

    public MemberReferenceHandle Constructor(EntityHandle type, params Action<SignatureTypeEncoder>[] parameters) =>
        Method(type, ".ctor", 0, returns => returns.Void(), parameters);

    public MemberReferenceHandle Method(
        EntityHandle type, string name, int genericArity, Action<ReturnTypeEncoder> returns, params Action<SignatureTypeEncoder>[] parameters)
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).MethodSignature(genericParameterCount: genericArity, isInstanceMethod: true).Parameters(
            parameters.Length,
            returns,
            list =>
            {
                foreach (var parameter in parameters)
                {
                    parameter(list.AddParameter().Type());
                }
            });
        return _metadata.AddMemberReference(type, _metadata.GetOrAddString(name), _metadata.GetOrAddBlob(blob));
    }

    /// <summary>A call site's instantiation of a generic method (a MethodSpec row pointing at the MemberRef).</summary>
    public void Instantiate(MemberReferenceHandle method, params Action<SignatureTypeEncoder>[] arguments)
    {
        var blob = new BlobBuilder();
        var encoder = new BlobEncoder(blob).MethodSpecificationSignature(arguments.Length);
        foreach (var argument in arguments)
        {
            argument(encoder.AddArgument());
        }

        _metadata.AddMethodSpecification(method, _metadata.GetOrAddBlob(blob));
    }

    /// <summary>Adds <c>[assembly: TargetFramework(value)]</c>, the attribute type taken from <paramref name="corlib"/>.</summary>
    public void TargetFramework(AssemblyReferenceHandle corlib, string value)
    {
        var constructor = Constructor(Type(corlib, "System.Runtime.Versioning.TargetFrameworkAttribute"), type => type.String());
        var blob = new BlobBuilder();
        new BlobEncoder(blob).CustomAttributeSignature(out var fixedArguments, out var namedArguments);
        fixedArguments.AddArgument().Scalar().Constant(value);
        namedArguments.Count(0);
        _metadata.AddCustomAttribute(_assembly, constructor, _metadata.GetOrAddBlob(blob));
    }

    public TemporaryFile Save()
    {
        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(_metadata), new BlobBuilder()).Serialize(image);
        var file = new TemporaryFile(_name + ".dll");
        File.WriteAllBytes(file.Path, image.ToArray());
        return file;
    }
}
