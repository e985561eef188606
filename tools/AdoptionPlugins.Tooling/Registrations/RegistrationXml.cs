using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>Reads values out of registration XML, failing with the file and the element named instead of a null reference.</summary>
internal static class RegistrationXml
{
    public static InvalidDataException Error(string source, string problem) => new($"{source}: {problem}");

    /// <summary>A file as exports write it: UTF-8 with a BOM, two-space indentation, LF line ends, no final newline.</summary>
    public static byte[] ToExportBytes(XElement root)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        var settings = new XmlWriterSettings
        {
            Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    public static XElement LoadRoot(string path, string source, string rootName)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"{source}: not well-formed XML: {exception.Message}", exception);
        }

        var root = document.Root!;
        return root.Name.LocalName == rootName
            ? root
            : throw Error(source, $"the root element is <{root.Name.LocalName}>; expected <{rootName}>");
    }

    /// <summary>Fails on an element the reader does not know or finds twice, because a writer would silently drop it.</summary>
    public static void RequireOnlyKnownChildren(XElement parent, IReadOnlyCollection<string> known, string source)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in parent.Elements())
        {
            var name = child.Name.LocalName;
            if (!known.Contains(name))
            {
                throw Error(source, $"<{parent.Name.LocalName}> has <{name}>, which this reader does not know; it would be lost when the file is rewritten");
            }

            if (!seen.Add(name))
            {
                throw Error(source, $"<{parent.Name.LocalName}> has <{name}> twice");
            }
        }
    }

    public static string? Text(XElement parent, string name) => parent.Element(name)?.Value;

    public static string RequiredText(XElement parent, string name, string source) =>
        Text(parent, name) ?? throw Error(source, $"<{name}> is missing from <{parent.Name.LocalName}>");

    public static string RequiredAttribute(XElement element, string name, string source) =>
        element.Attribute(name)?.Value ?? throw Error(source, $"<{element.Name.LocalName}> has no {name} attribute");

    public static Guid ParseGuid(string text, string what, string source) =>
        Guid.TryParse(text, out var id) ? id : throw Error(source, $"{what} is '{text}', which is not a GUID");

    public static Guid RequiredGuid(XElement parent, string name, string source) =>
        ParseGuid(RequiredText(parent, name, source), $"<{name}>", source);

    public static int Integer(XElement parent, string name, string source, int fallback)
    {
        var text = Text(parent, name);
        return text is null ? fallback : ParseInteger(text, name, source);
    }

    public static int RequiredInteger(XElement parent, string name, string source) =>
        ParseInteger(RequiredText(parent, name, source), name, source);

    /// <summary>Exports write booleans as 0 and 1.</summary>
    public static bool Flag(XElement parent, string name, string source, bool fallback) =>
        Text(parent, name)?.Trim() switch
        {
            null => fallback,
            "1" => true,
            "0" => false,
            var other => throw Error(source, $"<{name}> is '{other}'; expected 0 or 1"),
        };

    /// <summary>A comma-separated column list as filtering attributes and image attributes hold it: trimmed, empty entries dropped, order kept.</summary>
    public static ValueList<string> Columns(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToValueList();

    /// <summary>The <c>default</c> attribute of a localized label element such as <c>&lt;displayname default="…"&gt;</c>.</summary>
    public static string? DefaultLabel(XElement parent, string name) => parent.Element(name)?.Attribute("default")?.Value;

    /// <summary>The path a message shows: relative to the solution folder, with forward slashes on every OS.</summary>
    public static string RelativePath(string solutionFolder, string path) =>
        Path.GetRelativePath(solutionFolder, path).Replace('\\', '/');

    private static int ParseInteger(string text, string name, string source) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(source, $"<{name}> is '{text}', which is not a whole number");
}
