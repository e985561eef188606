using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// The files of an unpacked tree, each taken once by the part of pack that folds it, so that a file no part takes is reported
/// instead of silently left out of the zip.
/// </summary>
internal sealed class TreeFiles
{
    private readonly SortedSet<string> _remaining;

    public TreeFiles(string folder)
    {
        Folder = folder;
        _remaining = new SortedSet<string>(
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')),
            StringComparer.Ordinal);
    }

    public string Folder { get; }

    public IReadOnlyCollection<string> Remaining => _remaining;

    /// <summary>The untaken files directly in <paramref name="folder"/> (relative, forward slashes) whose name ends with <paramref name="suffix"/>.</summary>
    public string[] In(string folder, string suffix) =>
        _remaining.Where(path => string.Equals(ParentOf(path), folder, StringComparison.Ordinal) && path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            .ToArray();

    /// <summary>The untaken files anywhere below <paramref name="folder"/>.</summary>
    public string[] Below(string folder) =>
        _remaining.Where(path => path.StartsWith(folder + "/", StringComparison.Ordinal)).ToArray();

    /// <summary>The names of the sub-folders of <paramref name="folder"/> that hold untaken files, in ordinal order.</summary>
    public string[] FoldersIn(string folder) =>
        Below(folder).Select(path => path[(folder.Length + 1)..]).Where(rest => rest.Contains('/', StringComparison.Ordinal))
            .Select(rest => rest[..rest.IndexOf('/', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal).ToArray();

    public bool Has(string relativePath) => _remaining.Contains(relativePath);

    /// <summary>Takes the file and returns its root element, detached and marked with the file.</summary>
    public XElement TakeRoot(string relativePath, string rootName)
    {
        Take(relativePath);
        return PackageXml.LoadRoot(FullPath(relativePath), relativePath, rootName);
    }

    /// <summary>Takes the file and returns it as a document whose root is marked with the file.</summary>
    public XDocument TakeDocument(string relativePath)
    {
        if (!Has(relativePath))
        {
            throw new InvalidDataException($"{relativePath} is missing from {Folder}; is it an unpacked solution (the folder that holds Other/)?");
        }

        Take(relativePath);
        return PackageXml.LoadFile(FullPath(relativePath), relativePath);
    }

    /// <summary>Takes the file and returns its bytes unchanged.</summary>
    public PackagePart TakePart(string relativePath, string partPath)
    {
        Take(relativePath);
        return new PackagePart(partPath, File.ReadAllBytes(FullPath(relativePath)));
    }

    public void Take(string relativePath)
    {
        if (!_remaining.Remove(relativePath))
        {
            throw new InvalidOperationException($"{relativePath} was taken twice or does not exist.");
        }
    }

    /// <summary>The elements named <paramref name="name"/> under <paramref name="parent"/>, detached and marked with the parent's file.</summary>
    public static XElement[] Detach(XElement parent, string name)
    {
        var source = SourceFile.Of(parent);
        var children = parent.Elements(name).ToArray();
        foreach (var child in children)
        {
            child.Remove();
            if (source != null)
            {
                child.AddAnnotation(new SourceFile(source));
            }
        }

        return children;
    }

    private static string ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    private string FullPath(string relativePath) => Path.Combine(Folder, relativePath);
}
