using System;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Tests.Content;

/// <summary>
/// What makes a file look like a real export, apart from its values: byte order mark, XML declaration, and every element name
/// with its attribute names, each distinct path once, in document order. Comparing shapes catches a missing or misplaced element.
/// </summary>
public static class ExportShape
{
    public static string Of(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var names = XElement.Parse(text).DescendantsAndSelf()
            .Select(element => Path(element) + "(" + string.Join(",", element.Attributes().Select(attribute => attribute.Name.ToString())) + ")")
            .Distinct(StringComparer.Ordinal);
        return $"bom:{bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)} declaration:{text.StartsWith("<?xml", StringComparison.Ordinal)}\n{string.Join("\n", names)}";
    }

    /// <summary>The element paths of <paramref name="real"/> that <paramref name="ours"/> lacks; a sample's optional parts we leave out are listed too.</summary>
    public static string[] Missing(byte[] real, byte[] ours)
    {
        var ourPaths = Lines(ours);
        return Lines(real).Where(line => !ourPaths.Contains(line)).ToArray();
    }

    private static string[] Lines(byte[] bytes) => Of(bytes).Split('\n');

    private static string Path(XElement element) =>
        string.Join("/", element.AncestorsAndSelf().Reverse().Select(node => node.Name.LocalName));
}
