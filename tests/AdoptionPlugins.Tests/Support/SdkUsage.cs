using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Finds where types of a namespace touch the Dataverse SDK: in signatures or inside method bodies.</summary>
public static class SdkUsage
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    public static IReadOnlyList<string> InNamespace(Assembly assembly, string namespacePrefix)
    {
        var uses = new List<string>();
        foreach (var type in assembly.GetTypes().Where(type => type.Namespace != null && (type.Namespace == namespacePrefix || type.Namespace.StartsWith(namespacePrefix + ".", StringComparison.Ordinal))))
        {
            var signatureTypes = new[] { type.BaseType }.Concat(type.GetInterfaces())
                .Concat(type.GetFields(AllDeclared).Select(field => field.FieldType))
                .Concat(type.GetProperties(AllDeclared).Select(property => property.PropertyType))
                .Concat(Methods(type).SelectMany(method => method.GetParameters().Select(parameter => parameter.ParameterType)))
                .Concat(type.GetMethods(AllDeclared).Select(method => method.ReturnType));
            uses.AddRange(signatureTypes.Where(IsSdk).Select(sdkType => $"{type.FullName} uses {sdkType!.FullName} in a signature"));
            uses.AddRange(Methods(type).SelectMany(method => BodyReferences(method).Where(IsSdk).Select(sdkType => $"{type.FullName}.{method.Name} uses {sdkType!.FullName}")));
        }

        return uses.Distinct(StringComparer.Ordinal).ToList();
    }

    private const BindingFlags AllDeclared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static IEnumerable<MethodBase> Methods(Type type) =>
        type.GetMethods(AllDeclared).Cast<MethodBase>().Concat(type.GetConstructors(AllDeclared));

    private static bool IsSdk(Type? type)
    {
        for (var current = type; current != null; current = current.HasElementType ? current.GetElementType() : null)
        {
            var assembly = current.Assembly.GetName().Name;
            if (assembly is "Microsoft.Xrm.Sdk" or "Microsoft.Crm.Sdk.Proxy" || current.GenericTypeArguments.Any(IsSdk))
            {
                return true;
            }
        }

        return false;
    }

    // Walks the IL and resolves every metadata-token operand to the type it names or declares.
    private static IEnumerable<Type?> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var offset = 0; offset < il.Length;)
        {
            var code = il[offset] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[offset + 1])] : OpCodesByValue[il[offset]];
            offset += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, offset), typeArguments, methodArguments);
                yield return member as Type ?? member?.DeclaringType;
                if (member is FieldInfo field)
                {
                    yield return field.FieldType;
                }
            }

            offset += OperandSize(code, il, offset);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int offset) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, offset)),
        _ => 4,
    };
}
