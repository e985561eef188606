using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>The normalized key a compiled member reference is matched on: kind, declaring type, name, generic arity, parameter and return types.</summary>
/// <remarks>
/// A MemberRef carries no visibility, modifiers, parameter names or defaults, so both sides drop them:
/// <c>method Microsoft.Xrm.Sdk.Entity::TryGetAttributeValue`1(System.String, !!0&amp;) : System.Boolean</c>,
/// <c>ctor Microsoft.Xrm.Sdk.Entity::.ctor(System.String)</c>, <c>field Ns.Type::Name : System.String</c>.
/// </remarks>
public static class ApiMemberKey
{
    /// <summary>The key of a listing's <c>ctor</c>, <c>method</c> or <c>field</c> line; null for other lines.</summary>
    public static string? FromListingLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var kind = line[..Math.Max(line.IndexOf(' ', StringComparison.Ordinal), 0)];
        if (kind is not ("ctor" or "method" or "field"))
        {
            return null;
        }

        var separator = line.IndexOf("::", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new FormatException($"No '::' in listing line: {line}");
        }

        var declaringType = line[(line.LastIndexOf(' ', separator) + 1)..separator];
        var position = separator + 2;
        if (kind == "field")
        {
            var nameEnd = IndexOf(line, " : ", position);
            return ForField(declaringType, line[position..nameEnd], ReadType(line, nameEnd + 3));
        }

        var open = NameEnd(line, position);
        var name = line[position..open];
        var arity = 0;
        if (line[open] == '<')
        {
            var close = ClosingBracket(line, open);
            arity = SplitTopLevel(line[(open + 1)..close]).Count;
            open = close + 1;
        }

        if (line[open] != '(')
        {
            throw new FormatException($"No parameter list in listing line: {line}");
        }

        var end = ClosingBracket(line, open);
        var parameterTypes = SplitTopLevel(line[(open + 1)..end]).ConvertAll(ParameterType);
        var returnType = kind == "ctor" ? "System.Void" : ReadType(line, IndexOf(line, " : ", end) + 3);
        return ForMethod(declaringType, name, arity, parameterTypes, returnType);
    }

    internal static string ForMethod(string declaringType, string name, int genericArity, IEnumerable<string> parameterTypes, string returnType)
    {
        var parameters = string.Join(", ", parameterTypes);
        return name == ".ctor"
            ? $"ctor {declaringType}::.ctor({parameters})"
            : $"method {declaringType}::{name}{(genericArity == 0 ? string.Empty : "`" + genericArity)}({parameters}) : {returnType}";
    }

    internal static string ForField(string declaringType, string name, string fieldType) => $"field {declaringType}::{name} : {fieldType}";

    // "[this ][params ][ref |out ]<Type> <name>[ = <default>]" -> "<Type>" or "<Type>&".
    private static string ParameterType(string parameter)
    {
        foreach (var prefix in (string[])["this ", "params "])
        {
            if (parameter.StartsWith(prefix, StringComparison.Ordinal))
            {
                parameter = parameter[prefix.Length..];
            }
        }

        var isByRef = parameter.StartsWith("ref ", StringComparison.Ordinal) || parameter.StartsWith("out ", StringComparison.Ordinal);
        return isByRef ? ReadType(parameter, 4) + "&" : ReadType(parameter, 0);
    }

    // A member name ends at its generic parameter list or parameter list; compiler names like "<Clone>$" start with '<'.
    private static int NameEnd(string line, int start)
    {
        var position = line[start] == '<' ? ClosingBracket(line, start) + 1 : start;
        var end = line.IndexOfAny(['<', '('], position);
        return end < 0 ? throw new FormatException($"No parameter list in listing line: {line}") : end;
    }

    // A type runs to the first space outside brackets: generic arguments are separated by ", ".
    private static string ReadType(string text, int start)
    {
        var depth = 0;
        for (var position = start; position < text.Length; position++)
        {
            switch (text[position])
            {
                case '<' or '[' or '(':
                    depth++;
                    break;
                case '>' or ']' or ')':
                    depth--;
                    break;
                case ' ' when depth == 0:
                    return text[start..position];
            }
        }

        return text[start..];
    }

    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        for (var position = open; position < text.Length; position++)
        {
            switch (text[position])
            {
                case '"' or '\'':
                    position = ClosingQuote(text, position);
                    break;
                case '<' or '[' or '(':
                    depth++;
                    break;
                case '>' or ']' or ')':
                    depth--;
                    if (depth == 0)
                    {
                        return position;
                    }

                    break;
            }
        }

        throw new FormatException($"Unbalanced '{text[open]}' in listing line: {text}");
    }

    private static int ClosingQuote(string text, int open)
    {
        for (var position = open + 1; position < text.Length; position++)
        {
            if (text[position] == '\\')
            {
                position++;
            }
            else if (text[position] == text[open])
            {
                return position;
            }
        }

        throw new FormatException($"Unterminated literal in listing line: {text}");
    }

    // Splits "A, B<C, D>, E = \"x, y\"" at the commas that are outside brackets and literals.
    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        if (text.Length == 0)
        {
            return parts;
        }

        var depth = 0;
        var start = 0;
        for (var position = 0; position < text.Length; position++)
        {
            switch (text[position])
            {
                case '"' or '\'':
                    position = ClosingQuote(text, position);
                    break;
                case '<' or '[' or '(':
                    depth++;
                    break;
                case '>' or ']' or ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..position].Trim());
                    start = position + 1;
                    break;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    private static int IndexOf(string line, string value, int start)
    {
        var index = line.IndexOf(value, start, StringComparison.Ordinal);
        return index < 0 ? throw new FormatException($"Expected '{value}' in listing line: {line}") : index;
    }
}
