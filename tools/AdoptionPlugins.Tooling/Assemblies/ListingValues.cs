using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>Writes constants and attribute arguments as the API listings do (C# literals, <c>\uXXXX</c> escapes, <c>(Enum.Type)n</c>).</summary>
internal static class ListingValues
{
    public static string Constant(MetadataReader reader, ConstantHandle handle)
    {
        var constant = reader.GetConstant(handle);
        return Format(reader.GetBlobReader(constant.Value).ReadConstant(constant.TypeCode));
    }

    public static string Argument(CustomAttributeTypedArgument<string> argument) => argument.Value switch
    {
        ImmutableArray<CustomAttributeTypedArgument<string>> items => $"[{string.Join(", ", items.Select(Argument))}]",
        string type when argument.Type == "System.Type" => $"typeof({type})",
        not null and not string and not char and not bool and not float and not double when !IsPrimitive(argument.Type) =>
            $"({argument.Type}){Format(argument.Value)}",
        _ => Format(argument.Value),
    };

    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => Quote(text, '"'),
        char character => Quote(character.ToString(), '\''),
        bool flag => flag ? "true" : "false",
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsPrimitive(string type) => type is
        "System.Boolean" or "System.Char" or "System.SByte" or "System.Byte" or "System.Int16" or "System.UInt16"
        or "System.Int32" or "System.UInt32" or "System.Int64" or "System.UInt64" or "System.Single" or "System.Double"
        or "System.String" or "System.Object" or "System.Type";

    private static string Quote(string text, char quote)
    {
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var character in text)
        {
            if (character == quote || character == '\\')
            {
                builder.Append('\\').Append(character);
            }
            else if (character == '\n')
            {
                builder.Append("\\n");
            }
            else if (character < ' ' || character > '~')
            {
                builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.Append(quote).ToString();
    }
}
