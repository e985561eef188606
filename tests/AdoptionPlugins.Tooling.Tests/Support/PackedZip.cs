using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>Reads what a test needs from a zip pack wrote: entry names in order, an entry's bytes, an entry as XML.</summary>
public static class PackedZip
{
    public static string[] EntryNames(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.Select(entry => entry.FullName).ToArray();
    }

    public static byte[] Bytes(string zipPath, string entryName)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry(entryName)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static XDocument Xml(string zipPath, string entryName)
    {
        using var stream = new MemoryStream(Bytes(zipPath, entryName));
        return XDocument.Load(stream);
    }
}
