using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>Names types as the API listings write them: <c>Namespace.Name`1&lt;System.String&gt;</c>, <c>Outer+Inner</c>, <c>!0</c>, <c>!!0</c>.</summary>
/// <remarks>
/// Only names are written, never the assembly, so a net462 build (types in mscorlib) and a net10 build
/// (types in System.Runtime) of the same source produce the same text.
/// </remarks>
internal sealed class ListingTypeNames : ISignatureTypeProvider<string, object?>, ICustomAttributeTypeProvider<string>
{
    private readonly MetadataReader _reader;

    public ListingTypeNames(MetadataReader reader) => _reader = reader;

    public string NameOf(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => NameOf((TypeDefinitionHandle)handle),
        HandleKind.TypeReference => NameOf((TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
        _ => throw new BadImageFormatException($"A type was expected, found a {handle.Kind} handle."),
    };

    public string NameOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var declaringType = type.GetDeclaringType();
        return declaringType.IsNil
            ? Join(_reader.GetString(type.Namespace), _reader.GetString(type.Name))
            : $"{NameOf(declaringType)}+{_reader.GetString(type.Name)}";
    }

    public string NameOf(TypeReferenceHandle handle)
    {
        var type = _reader.GetTypeReference(handle);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{NameOf((TypeReferenceHandle)type.ResolutionScope)}+{_reader.GetString(type.Name)}"
            : Join(_reader.GetString(type.Namespace), _reader.GetString(type.Name));
    }

    /// <summary>The full name of the attribute class whose constructor <paramref name="attribute"/> calls.</summary>
    public string AttributeTypeName(CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MemberReference => NameOf(_reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent),
        HandleKind.MethodDefinition => NameOf(_reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
        _ => throw new BadImageFormatException($"An attribute constructor was expected, found a {attribute.Constructor.Kind} handle."),
    };

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => NameOf(handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => NameOf(handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        $"{genericType}<{string.Join(", ", typeArguments)}>";

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    // Custom modifiers (modreq/modopt, e.g. IsExternalInit, IsVolatile) are not part of the listing format.
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetFunctionPointerType(MethodSignature<string> signature) =>
        $"method {signature.ReturnType} *({string.Join(", ", signature.ParameterTypes)})";

    public string GetSystemType() => "System.Type";

    public bool IsSystemType(string type) => type == "System.Type";

    public string GetTypeFromSerializedName(string name) => StripAssemblyName(name);

    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => type switch
    {
        // Enums of other assemblies cannot be opened here; these are the ones the shown attributes take.
        "System.AttributeTargets" or "System.ComponentModel.EditorBrowsableState" => PrimitiveTypeCode.Int32,
        _ => LocalEnumUnderlyingType(type) ?? PrimitiveTypeCode.Int32,
    };

    private PrimitiveTypeCode? LocalEnumUnderlyingType(string type)
    {
        var definition = _reader.TypeDefinitions.FirstOrDefault(handle => NameOf(handle) == type);
        if (definition.IsNil)
        {
            return null;
        }

        foreach (var fieldHandle in _reader.GetTypeDefinition(definition).GetFields())
        {
            var field = _reader.GetFieldDefinition(fieldHandle);
            var typeName = field.DecodeSignature(this, null);
            if (_reader.GetString(field.Name) == "value__" && typeName.StartsWith("System.", StringComparison.Ordinal) &&
                Enum.TryParse<PrimitiveTypeCode>(typeName["System.".Length..], out var code))
            {
                return code;
            }
        }

        return null;
    }

    // A serialized name may be assembly-qualified ("Ns.Type, Assembly, Version=…"); the listing keeps the type part.
    private static string StripAssemblyName(string name)
    {
        var depth = 0;
        for (var index = 0; index < name.Length; index++)
        {
            switch (name[index])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return name[..index];
            }
        }

        return name;
    }

    private static string Join(string @namespace, string name) => @namespace.Length == 0 ? name : $"{@namespace}.{name}";
}
