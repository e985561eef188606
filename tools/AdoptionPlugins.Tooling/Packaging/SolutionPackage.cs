using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// A solution in its packed form (solution-format 2): <c>solution.xml</c>, <c>customizations.xml</c> and the other files of the zip.
/// Pack builds one from an unpacked tree and writes it; validate reads one from a tree or a zip and checks it.
/// </summary>
public sealed class SolutionPackage
{
    public SolutionPackage(XDocument manifest, XDocument customizations, IEnumerable<PackagePart> parts, XDocument? contentTypes = null)
    {
        Manifest = manifest;
        Customizations = customizations;
        Parts = parts.OrderBy(part => part.Path, StringComparer.Ordinal).ToArray();
        ContentTypes = contentTypes;
    }

    /// <summary><c>solution.xml</c> (<c>Other/Solution.xml</c> in a tree).</summary>
    public XDocument Manifest { get; }

    /// <summary><c>customizations.xml</c>, with every component of the tree folded in.</summary>
    public XDocument Customizations { get; }

    /// <summary>Every other file of the zip, in ordinal path order.</summary>
    public IReadOnlyList<PackagePart> Parts { get; }

    /// <summary>The <c>[Content_Types].xml</c> read from a zip; null for a package built from a tree (the writer makes it).</summary>
    public XDocument? ContentTypes { get; }

    /// <summary><c>SolutionManifest/UniqueName</c>, or null when the manifest has none.</summary>
    public string? UniqueName => ManifestElement("UniqueName")?.Value;

    /// <summary><c>SolutionManifest/Publisher/CustomizationPrefix</c>, or null when the manifest has none.</summary>
    public string? PublisherPrefix => ManifestElement("Publisher")?.Element("CustomizationPrefix")?.Value;

    /// <summary>The part at <paramref name="path"/> (with or without a leading slash), or null.</summary>
    public PackagePart? Part(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var wanted = path.TrimStart('/');
        return Parts.FirstOrDefault(part => string.Equals(part.Path, wanted, StringComparison.Ordinal));
    }

    /// <summary>Writes the release version and the flavour into the manifest, as pack does for each zip.</summary>
    public void Stamp(Version version, SolutionFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(version);
        RequiredManifestElement("Version").Value = version.ToString();
        RequiredManifestElement("Managed").Value = ((int)flavour).ToString(CultureInfo.InvariantCulture);
    }

    private XElement? ManifestElement(string name) => Manifest.Root?.Element("SolutionManifest")?.Element(name);

    private XElement RequiredManifestElement(string name) =>
        ManifestElement(name)
        ?? throw new System.IO.InvalidDataException($"{SourceFile.Of(Manifest) ?? "solution.xml"}: <SolutionManifest> has no <{name}>");
}
