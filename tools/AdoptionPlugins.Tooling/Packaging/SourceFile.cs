using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Marks an element with the file it was read from, so that a problem found in the packed customizations.xml points at the
/// file a person edits (<c>Entities/adopt_x/Entity.xml</c>), not at a document that exists only in memory.
/// </summary>
public sealed record SourceFile(string Path)
{
    /// <summary>The file of the nearest marked element at or above <paramref name="node"/>, or null when none is marked.</summary>
    public static string? Of(XObject node)
    {
        System.ArgumentNullException.ThrowIfNull(node);
        var element = node as XElement ?? node.Parent;
        return element?.AncestorsAndSelf().Select(candidate => candidate.Annotation<SourceFile>()?.Path).FirstOrDefault(path => path != null)
            ?? node.Document?.Annotation<SourceFile>()?.Path;
    }
}
