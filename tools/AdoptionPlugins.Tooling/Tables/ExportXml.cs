using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>Writes and reads XML the way unpacked exports hold it: UTF-8 with a BOM, two-space indentation, LF line ends, no final newline.</summary>
internal static class ExportXml
{
    public const int English = 1033;

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XAttribute XsiDeclaration => new(XNamespace.Xmlns + "xsi", Xsi.NamespaceName);

    public static byte[] ToBytes(XElement root) => Serialize(new XDocument(new XDeclaration("1.0", "utf-8", null), root), byteOrderMark: true);

    /// <summary>The document's bytes; <paramref name="declaration"/> false leaves out the XML declaration, as environment variable files do.</summary>
    public static byte[] Serialize(XDocument document, bool byteOrderMark, bool declaration = true)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark),
            OmitXmlDeclaration = !declaration,
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

    /// <summary>Writes <paramref name="bytes"/> to a path relative to the solution folder, creating folders, and returns the relative path.</summary>
    public static string WriteFile(string solutionFolder, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(solutionFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return relativePath;
    }

    public static XElement Element(string name, string value) => new(name, value);

    public static XElement? Optional(string name, string? value) => value is null ? null : new XElement(name, value);

    public static XElement Bit(string name, bool value) => new(name, value ? "1" : "0");

    public static XElement Number(string name, long value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A one-language label list such as <c>&lt;displaynames&gt;&lt;displayname description="…" languagecode="1033" /&gt;</c>.</summary>
    public static XElement Labels(string listName, string itemName, string text) =>
        new(listName, new XElement(itemName, new XAttribute("description", text), new XAttribute("languagecode", English)));

    /// <summary>The English text of a label list, else its first label; null when the list is missing.</summary>
    public static string? LabelText(XElement parent, string listName)
    {
        var labels = parent.Element(listName)?.Elements().ToArray();
        if (labels is null)
        {
            return null;
        }

        var english = labels.FirstOrDefault(label => label.Attribute("languagecode")?.Value == "1033") ?? labels.FirstOrDefault();
        return english?.Attribute("description")?.Value ?? "";
    }

    public static long? OptionalLong(XElement parent, string name, string source)
    {
        var text = RegistrationXml.Text(parent, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Exports write decimal bounds with a fraction; whole-number bounds never have one.
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RegistrationXml.Error(source, $"<{name}> is '{text}', which is not a whole number");
    }

    public static int? OptionalInt(XElement parent, string name, string source)
    {
        var value = OptionalLong(parent, name, source);
        return value is null or (>= int.MinValue and <= int.MaxValue)
            ? (int?)value
            : throw RegistrationXml.Error(source, $"<{name}> is {value}, outside the range of a whole number column");
    }

    public static int ParseInt(string text, string what, string source) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RegistrationXml.Error(source, $"{what} is '{text}', which is not a whole number");

    public static int RequiredIntAttribute(XElement element, string name, string source)
    {
        var text = RegistrationXml.RequiredAttribute(element, name, source);
        return ParseInt(text, $"the {name} attribute of <{element.Name.LocalName}>", source);
    }

    public static T ParseName<T>(string text, string what, string source)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw RegistrationXml.Error(source, $"{what} is '{text}'; expected one of {string.Join(", ", Enum.GetNames<T>())}");

    public static Exception InvalidDefinition(string what, string problem) => new ArgumentException($"{what}: {problem}");
}
