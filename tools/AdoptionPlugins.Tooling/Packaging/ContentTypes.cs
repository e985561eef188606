using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Writes <c>[Content_Types].xml</c> as the packed EDU samples have it (solution-format 2): one line after a UTF-8 BOM, a
/// <c>Default</c> per extension present (<c>xml</c> as <c>text/xml</c> first, others as <c>application/octet-stream</c>), and an
/// <c>Override</c> of <c>application/octet-stream</c> for each part without an extension and each custom API file.
/// </summary>
public static class ContentTypes
{
    public const string EntryName = "[Content_Types].xml";

    public const string OctetStream = "application/octet-stream";

    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>
    /// Folders whose XML parts get an octet-stream <c>Override</c>: <c>customapis</c> as EDU CoreBusinessLogic shows; environment
    /// variables are unverified in a packed sample (solution-format 6), so we treat them like custom APIs, their closest kin.
    /// </summary>
    private static readonly string[] OverriddenFolders = ["customapis/", "environmentvariabledefinitions/"];

    /// <summary>The bytes for a zip holding <paramref name="parts"/> besides solution.xml and customizations.xml.</summary>
    public static byte[] Write(IEnumerable<PackagePart> parts)
    {
        var paths = parts.Select(part => part.Path).ToArray();
        var extensions = paths.Select(Extension).Where(extension => extension.Length > 0 && extension != "xml").Distinct(StringComparer.Ordinal);
        var types = new XElement(
            Namespace + "Types",
            Default("xml", "text/xml"),
            extensions.Select(extension => Default(extension, OctetStream)),
            paths.Where(NeedsOverride).Select(path => new XElement(
                Namespace + "Override", new XAttribute("PartName", "/" + path), new XAttribute("ContentType", OctetStream))));

        // The sample is one line: the declaration and the root without a line break between them.
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + types.ToString(SaveOptions.DisableFormatting);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>The content type <paramref name="types"/> gives the part at <paramref name="path"/>, or null when it gives none.</summary>
    public static string? TypeOf(XDocument types, string path)
    {
        ArgumentNullException.ThrowIfNull(types);
        var root = types.Root;
        var part = "/" + path.TrimStart('/');
        var overridden = root?.Elements(Namespace + "Override")
            .FirstOrDefault(element => string.Equals((string?)element.Attribute("PartName"), part, StringComparison.OrdinalIgnoreCase));
        if (overridden != null)
        {
            return (string?)overridden.Attribute("ContentType");
        }

        var extension = Extension(path);
        return (string?)root?.Elements(Namespace + "Default")
            .FirstOrDefault(element => string.Equals((string?)element.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            ?.Attribute("ContentType");
    }

    private static XElement Default(string extension, string type) =>
        new(Namespace + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", type));

    private static bool NeedsOverride(string path) =>
        Extension(path).Length == 0 || OverriddenFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal) && Extension(path) == "xml");

    private static string Extension(string path) => Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
}
