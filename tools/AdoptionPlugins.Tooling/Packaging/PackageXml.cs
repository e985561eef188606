using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Reads solution XML keeping line numbers and the source file, and writes it as the packed samples are written
/// (EDU <c>customizations.xml</c>, <c>solution.xml</c>): UTF-8 with a BOM, CRLF, two-space indentation, no final newline.
/// </summary>
public static class PackageXml
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\r\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>Reads a file of an unpacked tree; <paramref name="relativePath"/> names it in errors and marks its root element.</summary>
    public static XDocument LoadFile(string path, string relativePath)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, relativePath);
    }

    /// <summary>Reads XML from a zip entry or a file; <paramref name="name"/> names it in errors and marks its root element.</summary>
    public static XDocument Load(Stream stream, string name)
    {
        XDocument document;
        try
        {
            // No DTDs in solution files: refuse them rather than resolve anything. Indentation is not content: the writer indents
            // anew, and kept whitespace would make it treat every moved element as mixed content and stop indenting.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"{name}: not well-formed XML: {exception.Message}", exception);
        }

        document.AddAnnotation(new SourceFile(name));
        document.Root!.AddAnnotation(new SourceFile(name));
        return document;
    }

    /// <summary>Loads <paramref name="path"/> and checks its root element is <paramref name="rootName"/>.</summary>
    public static XElement LoadRoot(string path, string relativePath, string rootName)
    {
        var root = LoadFile(path, relativePath).Root!;
        if (root.Name.LocalName != rootName)
        {
            throw new InvalidDataException($"{relativePath}: the root element is <{root.Name.LocalName}>; expected <{rootName}>");
        }

        // The file's own xmlns:xsi would be repeated on the element once it sits in customizations.xml, which declares it already.
        root.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
        root.Remove();
        return root;
    }

    /// <summary>The bytes of <paramref name="document"/>: the same document always gives the same bytes.</summary>
    public static byte[] Save(XDocument document)
    {
        System.ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
