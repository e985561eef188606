using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>Turns one assembly's metadata into the body lines of an API listing (format: shared/xrm-sdk-api/README.md).</summary>
internal sealed class ListingWriter
{
    private const string ExtensionAttribute = "System.Runtime.CompilerServices.ExtensionAttribute";
    private const string DecimalConstantAttribute = "System.Runtime.CompilerServices.DecimalConstantAttribute";
    private const string DateTimeConstantAttribute = "System.Runtime.CompilerServices.DateTimeConstantAttribute";

    private readonly MetadataReader _reader;
    private readonly ListingTypeNames _names;
    private readonly List<Entry> _entries = [];

    private ListingWriter(MetadataReader reader)
    {
        _reader = reader;
        _names = new ListingTypeNames(reader);
    }

    private enum TypeKind
    {
        Class,
        Interface,
        Struct,
        Enum,
        Delegate,
    }

    // The README's order of line kinds within one declaring type.
    private enum LineKind
    {
        Type,
        Field,
        Constructor,
        Property,
        Event,
        Method,
    }

    public static IReadOnlyList<string> BodyLines(MetadataReader reader)
    {
        var writer = new ListingWriter(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            if (reader.GetTypeDefinition(handle).GetDeclaringType().IsNil)
            {
                writer.AddType(handle);
            }
        }

        writer._entries.Sort(Entry.Compare);
        return writer._entries.Select(entry => entry.Line).ToList();
    }

    private void AddType(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var visibility = TypeVisibility(type.Attributes);
        if (visibility is null)
        {
            return;
        }

        var name = _names.NameOf(handle);
        var kind = KindOf(type);
        Add(name, LineKind.Type, TypeLine(type, visibility, name, kind));
        AddFields(type, name, kind);
        AddMethods(type, name, kind);
        AddProperties(type, name, kind);
        AddEvents(type, name, kind);
        foreach (var nested in type.GetNestedTypes())
        {
            AddType(nested);
        }
    }

    private string TypeLine(TypeDefinition type, string visibility, string name, TypeKind kind)
    {
        var line = new StringBuilder("type ").Append(visibility).Append(' ');
        var genericParameters = type.GetGenericParameters();
        switch (kind)
        {
            case TypeKind.Enum:
                return line.Append("enum ").Append(name).Append(" : ").Append(EnumUnderlyingType(type))
                    .Append(Attributes(type.GetCustomAttributes())).ToString();
            case TypeKind.Delegate:
                return line.Append("delegate ").Append(name).Append(GenericParameterList(genericParameters))
                    .Append(Constraints(genericParameters)).Append(Attributes(type.GetCustomAttributes())).ToString();
            case TypeKind.Interface:
                line.Append("interface ").Append(name).Append(GenericParameterList(genericParameters));
                break;
            case TypeKind.Struct:
                line.Append("struct ").Append(name).Append(GenericParameterList(genericParameters));
                break;
            default:
                line.Append(ClassModifier(type.Attributes)).Append("class ").Append(name).Append(GenericParameterList(genericParameters));
                if (!type.BaseType.IsNil)
                {
                    line.Append(" : ").Append(_names.NameOf(type.BaseType));
                }

                break;
        }

        var interfaces = type.GetInterfaceImplementations()
            .Select(handle => _names.NameOf(_reader.GetInterfaceImplementation(handle).Interface))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (interfaces.Count > 0)
        {
            line.Append(" implements ").AppendJoin(", ", interfaces);
        }

        return line.Append(Constraints(genericParameters)).Append(Attributes(type.GetCustomAttributes())).ToString();
    }

    private void AddFields(TypeDefinition type, string declaringType, TypeKind kind)
    {
        foreach (var handle in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(handle);
            var visibility = MemberVisibility((int)(field.Attributes & FieldAttributes.FieldAccessMask));
            if (visibility is null || (kind == TypeKind.Enum && (field.Attributes & FieldAttributes.RTSpecialName) != 0))
            {
                continue;
            }

            var line = new StringBuilder("field ").Append(visibility).Append(' ');
            var isConstant = (field.Attributes & FieldAttributes.Literal) != 0;
            if (isConstant)
            {
                line.Append("const ");
            }
            else
            {
                line.Append((field.Attributes & FieldAttributes.Static) != 0 ? "static " : string.Empty)
                    .Append((field.Attributes & FieldAttributes.InitOnly) != 0 ? "readonly " : string.Empty);
            }

            line.Append(declaringType).Append("::").Append(_reader.GetString(field.Name))
                .Append(" : ").Append(field.DecodeSignature(_names, null));
            if (isConstant)
            {
                line.Append(" = ").Append(ListingValues.Constant(_reader, field.GetDefaultValue()));
            }

            Add(declaringType, LineKind.Field, line.Append(Attributes(field.GetCustomAttributes())).ToString());
        }
    }

    private void AddMethods(TypeDefinition type, string declaringType, TypeKind kind)
    {
        foreach (var handle in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(handle);
            var visibility = MemberVisibility((int)(method.Attributes & MethodAttributes.MemberAccessMask));
            var name = _reader.GetString(method.Name);
            if (visibility is null || name == ".cctor")
            {
                continue;
            }

            var signature = method.DecodeSignature(_names, null);
            var parameters = Parameters(method, signature.ParameterTypes, signature.ParameterTypes.Length);
            var attributes = Attributes(method.GetCustomAttributes());
            if (name == ".ctor")
            {
                Add(declaringType, LineKind.Constructor, $"ctor {visibility} {declaringType}::.ctor({parameters}){attributes}");
                continue;
            }

            var genericParameters = method.GetGenericParameters();
            var modifiers = Modifiers(method.Attributes, kind);
            Add(
                declaringType,
                LineKind.Method,
                $"method {visibility}{modifiers} {declaringType}::{name}{GenericParameterList(genericParameters)}({parameters}) : " +
                $"{signature.ReturnType}{Constraints(genericParameters)}{attributes}");
        }
    }

    private void AddProperties(TypeDefinition type, string declaringType, TypeKind kind)
    {
        foreach (var handle in type.GetProperties())
        {
            var property = _reader.GetPropertyDefinition(handle);
            var accessors = property.GetAccessors();
            var shown = Shown([("get", accessors.Getter), ("set", accessors.Setter)]);
            if (shown.Count == 0)
            {
                continue;
            }

            var signature = property.DecodeSignature(_names, null);
            var index = string.Empty;
            if (signature.ParameterTypes.Length > 0)
            {
                // Index parameter names and defaults live on the accessors, not on the property.
                var accessor = _reader.GetMethodDefinition(accessors.Getter.IsNil ? accessors.Setter : accessors.Getter);
                index = $"[{Parameters(accessor, signature.ParameterTypes, signature.ParameterTypes.Length)}]";
            }

            var (visibility, modifiers) = Head(shown, kind);
            Add(
                declaringType,
                LineKind.Property,
                $"property {visibility}{modifiers} {declaringType}::{_reader.GetString(property.Name)}{index} : {signature.ReturnType} " +
                $"{AccessorList(shown, visibility)}{Attributes(property.GetCustomAttributes())}");
        }
    }

    private void AddEvents(TypeDefinition type, string declaringType, TypeKind kind)
    {
        foreach (var handle in type.GetEvents())
        {
            var @event = _reader.GetEventDefinition(handle);
            var accessors = @event.GetAccessors();
            var shown = Shown([("add", accessors.Adder), ("remove", accessors.Remover)]);
            if (shown.Count == 0)
            {
                continue;
            }

            var (visibility, modifiers) = Head(shown, kind);
            Add(
                declaringType,
                LineKind.Event,
                $"event {visibility}{modifiers} {declaringType}::{_reader.GetString(@event.Name)} : {_names.NameOf(@event.Type)} " +
                $"{AccessorList(shown, visibility)}{Attributes(@event.GetCustomAttributes())}");
        }
    }

    private List<Accessor> Shown(IEnumerable<(string Keyword, MethodDefinitionHandle Handle)> accessors)
    {
        var shown = new List<Accessor>();
        foreach (var (keyword, handle) in accessors)
        {
            if (handle.IsNil)
            {
                continue;
            }

            var attributes = _reader.GetMethodDefinition(handle).Attributes;
            if (MemberVisibility((int)(attributes & MethodAttributes.MemberAccessMask)) is { } visibility)
            {
                shown.Add(new Accessor(keyword, visibility, attributes));
            }
        }

        return shown;
    }

    // A property or event takes the visibility and modifiers of its most visible accessor.
    private static (string Visibility, string Modifiers) Head(List<Accessor> shown, TypeKind kind)
    {
        var head = shown.MaxBy(accessor => VisibilityRank(accessor.Visibility))!;
        return (head.Visibility, Modifiers(head.Attributes, kind));
    }

    private static string AccessorList(List<Accessor> shown, string visibility) =>
        "{ " + string.Concat(shown.Select(accessor =>
            (accessor.Visibility == visibility ? string.Empty : accessor.Visibility + " ") + accessor.Keyword + "; ")) + "}";

    private string Parameters(MethodDefinition method, ImmutableArray<string> types, int count)
    {
        var rows = new Parameter?[types.Length + 1];
        foreach (var handle in method.GetParameters())
        {
            var row = _reader.GetParameter(handle);
            if (row.SequenceNumber <= types.Length)
            {
                rows[row.SequenceNumber] = row;
            }
        }

        var isExtension = HasAttribute(method.GetCustomAttributes(), ExtensionAttribute);
        var parameters = new List<string>(count);
        for (var position = 0; position < count; position++)
        {
            parameters.Add(Parameter(types[position], rows[position + 1], isExtension && position == 0));
        }

        return string.Join(", ", parameters);
    }

    private string Parameter(string type, Parameter? row, bool isThis)
    {
        var text = new StringBuilder(isThis ? "this " : string.Empty);
        var attributes = row?.Attributes ?? ParameterAttributes.None;
        var customAttributes = row?.GetCustomAttributes();
        if (customAttributes is { } marks &&
            (HasAttribute(marks, "System.ParamArrayAttribute") || HasAttribute(marks, "System.Runtime.CompilerServices.ParamCollectionAttribute")))
        {
            text.Append("params ");
        }

        if (type.EndsWith('&'))
        {
            var isOut = (attributes & ParameterAttributes.Out) != 0 && (attributes & ParameterAttributes.In) == 0;
            text.Append(isOut ? "out " : "ref ").Append(type[..^1]);
        }
        else
        {
            text.Append(type);
        }

        if (row is { } parameter && customAttributes is { } custom)
        {
            var name = _reader.GetString(parameter.Name);
            text.Append(name.Length == 0 ? string.Empty : " " + name).Append(DefaultValue(parameter, custom));
        }

        return text.ToString();
    }

    private string DefaultValue(Parameter parameter, CustomAttributeHandleCollection customAttributes)
    {
        if ((parameter.Attributes & ParameterAttributes.HasDefault) != 0 && !parameter.GetDefaultValue().IsNil)
        {
            return " = " + ListingValues.Constant(_reader, parameter.GetDefaultValue());
        }

        // The C# compiler stores decimal and DateTime defaults as attributes, not as metadata constants.
        if ((RenderedAttribute(customAttributes, DecimalConstantAttribute) ?? RenderedAttribute(customAttributes, DateTimeConstantAttribute))
            is { } constant)
        {
            return " = " + constant;
        }

        return (parameter.Attributes & ParameterAttributes.Optional) != 0 ? " = <optional>" : string.Empty;
    }

    private string GenericParameterList(GenericParameterHandleCollection handles)
    {
        if (handles.Count == 0)
        {
            return string.Empty;
        }

        return "<" + string.Join(", ", handles.Select(handle =>
        {
            var parameter = _reader.GetGenericParameter(handle);
            var variance = (parameter.Attributes & GenericParameterAttributes.VarianceMask) switch
            {
                GenericParameterAttributes.Covariant => "out ",
                GenericParameterAttributes.Contravariant => "in ",
                _ => string.Empty,
            };
            return variance + _reader.GetString(parameter.Name);
        })) + ">";
    }

    private string Constraints(GenericParameterHandleCollection handles)
    {
        var clauses = new StringBuilder();
        foreach (var handle in handles)
        {
            var parameter = _reader.GetGenericParameter(handle);
            var constraints = new List<string>();
            if ((parameter.Attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                constraints.Add("class");
            }

            if ((parameter.Attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
            {
                constraints.Add("struct");
            }

            constraints.AddRange(parameter.GetConstraints()
                .Select(constraint => _names.NameOf(_reader.GetGenericParameterConstraint(constraint).Type))
                .Order(StringComparer.Ordinal));
            if ((parameter.Attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0)
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                clauses.Append(" where ").Append(_reader.GetString(parameter.Name)).Append(" : ").AppendJoin(", ", constraints);
            }
        }

        return clauses.ToString();
    }

    private string Attributes(CustomAttributeHandleCollection handles)
    {
        var shown = new List<string>();
        foreach (var handle in handles)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            if (ShortName(_names.AttributeTypeName(attribute)) is { } shortName)
            {
                shown.Add(Render(attribute, shortName));
            }
        }

        shown.Sort(StringComparer.Ordinal);
        return shown.Count == 0 ? string.Empty : " " + string.Join(" ", shown);
    }

    private string? RenderedAttribute(CustomAttributeHandleCollection handles, string fullName)
    {
        foreach (var handle in handles)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            if (_names.AttributeTypeName(attribute) == fullName)
            {
                return Render(attribute, ShortName(fullName)!);
            }
        }

        return null;
    }

    private string Render(CustomAttribute attribute, string shortName)
    {
        var value = attribute.DecodeValue(_names);
        var arguments = value.FixedArguments.Select(ListingValues.Argument)
            .Concat(value.NamedArguments.Select(argument => $"{argument.Name}={ListingValues.Argument(new(argument.Type, argument.Value))}"))
            .ToList();
        return arguments.Count == 0 ? $"[{shortName}]" : $"[{shortName}({string.Join(", ", arguments)})]";
    }

    private bool HasAttribute(CustomAttributeHandleCollection handles, string fullName) =>
        handles.Any(handle => _names.AttributeTypeName(_reader.GetCustomAttribute(handle)) == fullName);

    private string EnumUnderlyingType(TypeDefinition type)
    {
        foreach (var handle in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(handle);
            if ((field.Attributes & FieldAttributes.Static) == 0)
            {
                return field.DecodeSignature(_names, null);
            }
        }

        throw new BadImageFormatException($"Enum {_reader.GetString(type.Name)} has no instance field.");
    }

    private TypeKind KindOf(TypeDefinition type)
    {
        if ((type.Attributes & TypeAttributes.Interface) != 0)
        {
            return TypeKind.Interface;
        }

        var isSealed = (type.Attributes & TypeAttributes.Sealed) != 0;
        return (type.BaseType.IsNil ? null : _names.NameOf(type.BaseType)) switch
        {
            "System.Enum" => TypeKind.Enum,
            "System.ValueType" when isSealed => TypeKind.Struct,
            "System.MulticastDelegate" when isSealed => TypeKind.Delegate,
            _ => TypeKind.Class,
        };
    }

    private void Add(string declaringType, LineKind kind, string line) =>
        _entries.Add(new Entry(declaringType, kind, kind == LineKind.Type ? string.Empty : line[(line.IndexOf("::", StringComparison.Ordinal) + 2)..], line));

    private static string? ShortName(string attributeType) => attributeType switch
    {
        "System.ObsoleteAttribute" => "Obsolete",
        "System.FlagsAttribute" => "Flags",
        "System.AttributeUsageAttribute" => "AttributeUsage",
        "System.Reflection.DefaultMemberAttribute" => "DefaultMember",
        DecimalConstantAttribute => "DecimalConstant",
        DateTimeConstantAttribute => "DateTimeConstant",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute" => "IsReadOnly",
        "System.Runtime.CompilerServices.IsByRefLikeAttribute" => "IsByRefLike",
        "System.ComponentModel.EditorBrowsableAttribute" => "EditorBrowsable",
        _ => null,
    };

    private static string? TypeVisibility(TypeAttributes attributes) => (attributes & TypeAttributes.VisibilityMask) switch
    {
        TypeAttributes.Public or TypeAttributes.NestedPublic => "public",
        TypeAttributes.NestedFamily => "protected",
        TypeAttributes.NestedFamORAssem => "protected internal",
        _ => null,
    };

    // Field and method access use the same values (ECMA-335 II.23.1.5 and II.23.1.10).
    private static string? MemberVisibility(int access) => (MethodAttributes)access switch
    {
        MethodAttributes.Public => "public",
        MethodAttributes.Family => "protected",
        MethodAttributes.FamORAssem => "protected internal",
        _ => null,
    };

    private static int VisibilityRank(string visibility) => visibility switch
    {
        "public" => 3,
        "protected internal" => 2,
        _ => 1,
    };

    private static string ClassModifier(TypeAttributes attributes) =>
        (attributes & (TypeAttributes.Abstract | TypeAttributes.Sealed)) switch
        {
            TypeAttributes.Abstract | TypeAttributes.Sealed => "static ",
            TypeAttributes.Abstract => "abstract ",
            TypeAttributes.Sealed => "sealed ",
            _ => string.Empty,
        };

    // C# modifiers from method flags; virtual+final+newslot is an implicit interface implementation and shows none.
    private static string Modifiers(MethodAttributes attributes, TypeKind kind)
    {
        var isNewSlot = (attributes & MethodAttributes.NewSlot) != 0;
        var isFinal = (attributes & MethodAttributes.Final) != 0;
        return kind == TypeKind.Interface ? string.Empty
            : (attributes & MethodAttributes.Static) != 0 ? " static"
            : (attributes & MethodAttributes.Abstract) != 0 ? (isNewSlot ? " abstract" : " abstract override")
            : (attributes & MethodAttributes.Virtual) == 0 ? string.Empty
            : isNewSlot ? (isFinal ? string.Empty : " virtual")
            : isFinal ? " sealed override" : " override";
    }

    private sealed record Accessor(string Keyword, string Visibility, MethodAttributes Attributes);

    private readonly record struct Entry(string DeclaringType, LineKind Kind, string Member, string Line)
    {
        // Declaring type, then kind, then the text after "::", then the whole line; all ordinal.
        public static int Compare(Entry left, Entry right)
        {
            var order = string.CompareOrdinal(left.DeclaringType, right.DeclaringType);
            order = order != 0 ? order : left.Kind.CompareTo(right.Kind);
            order = order != 0 ? order : string.CompareOrdinal(left.Member, right.Member);
            return order != 0 ? order : string.CompareOrdinal(left.Line, right.Line);
        }
    }
}
