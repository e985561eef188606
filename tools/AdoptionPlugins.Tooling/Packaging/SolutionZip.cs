using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Writes and reads solution zips in the packed layout of the EDU samples (solution-format 2). Writing is deterministic: the same
/// package always gives the same bytes (fixed entry order, fixed timestamps, fixed compression), so a rebuild can be compared.
/// </summary>
public static class SolutionZip
{
    public const string ManifestEntry = "solution.xml";
    public const string CustomizationsEntry = "customizations.xml";

    /// <summary>Every entry carries this time instead of the clock's, so two packs of the same tree are byte-identical.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The order of the folders in the EDU listings: flows, web resources, the plugin DLL, custom APIs.</summary>
    private static readonly string[] FolderOrder = ["Workflows/", "WebResources/", "PluginAssemblies/", "customapis/", "environmentvariabledefinitions/"];

    /// <summary>
    /// The zip's bytes: <c>customizations.xml</c>, <c>solution.xml</c>, the other parts by folder as the EDU listings order them, and
    /// <c>[Content_Types].xml</c> last.
    /// </summary>
    public static byte[] Write(SolutionPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var parts = package.Parts
            .OrderBy(part => FolderRank(part.Path))
            .ThenBy(part => part.Path, StringComparer.Ordinal)
            .ToArray();
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, CustomizationsEntry, PackageXml.Save(package.Customizations));
            Add(zip, ManifestEntry, PackageXml.Save(package.Manifest));
            foreach (var part in parts)
            {
                Add(zip, part.Path, part.Content);
            }

            Add(zip, ContentTypes.EntryName, ContentTypes.Write(parts));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Reads a solution zip. Throws <see cref="InvalidDataException"/> naming the zip when it is not a zip, lacks solution.xml or
    /// customizations.xml, holds an entry twice, or holds malformed XML.
    /// </summary>
    public static SolutionPackage Read(string zipPath)
    {
        var name = Path.GetFileName(zipPath);
        var entries = ReadEntries(zipPath, name);
        return new SolutionPackage(
            LoadEntry(entries, ManifestEntry) ?? throw Missing(name, ManifestEntry),
            LoadEntry(entries, CustomizationsEntry) ?? throw Missing(name, CustomizationsEntry),
            entries.Where(entry => entry.Key is not (ManifestEntry or CustomizationsEntry or ContentTypes.EntryName))
                .Select(entry => new PackagePart(entry.Key, entry.Value)),
            LoadEntry(entries, ContentTypes.EntryName));
    }

    private static Dictionary<string, byte[]> ReadEntries(string zipPath, string name)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"{name}: not a zip file: {exception.Message}", exception);
        }

        using (zip)
        {
            foreach (var entry in zip.Entries.Where(entry => !entry.FullName.EndsWith('/')))
            {
                var path = entry.FullName.Replace('\\', '/').TrimStart('/');
                using var content = entry.Open();
                using var copy = new MemoryStream();
                content.CopyTo(copy);
                if (!entries.TryAdd(path, copy.ToArray()))
                {
                    throw new InvalidDataException($"{name}: the entry {path} is in the zip twice");
                }
            }
        }

        return entries;
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static XDocument? LoadEntry(Dictionary<string, byte[]> entries, string entry)
    {
        if (!entries.TryGetValue(entry, out var bytes))
        {
            return null;
        }

        using var stream = new MemoryStream(bytes);
        return PackageXml.Load(stream, entry);
    }

    private static InvalidDataException Missing(string zipName, string entry) =>
        new($"{zipName}: {entry} is missing; a solution zip holds solution.xml, customizations.xml and [Content_Types].xml at its root");

    private static int FolderRank(string path)
    {
        var rank = Array.FindIndex(FolderOrder, folder => path.StartsWith(folder, StringComparison.Ordinal));
        return rank < 0 ? FolderOrder.Length : rank;
    }
}
