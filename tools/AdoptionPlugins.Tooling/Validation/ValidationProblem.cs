using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>One problem validate found: the file (and line, when known), then what is wrong and why, on one line.</summary>
/// <param name="File">The file as a person finds it: relative to the solution folder for a tree, the entry name for a zip.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, or null when the problem is about the file as a whole.</param>
/// <param name="Message">What is wrong and why it matters.</param>
public sealed record ValidationProblem(string File, int? Line, string Message)
{
    /// <summary>A problem at <paramref name="node"/>: its source file and line as read, or <paramref name="fallbackFile"/>.</summary>
    public static ValidationProblem At(XObject node, string message, string fallbackFile = "customizations.xml")
    {
        System.ArgumentNullException.ThrowIfNull(node);
        var line = node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : LineOfParent(node);
        return new ValidationProblem(SourceFile.Of(node) ?? fallbackFile, line, message);
    }

    /// <summary><c>file:line: message</c>, or <c>file: message</c> without a line.</summary>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Message}")
            : $"{File}: {Message}";

    /// <summary>Elements pack adds (a container, a moved element) have no line; the nearest ancestor that has one stands in.</summary>
    private static int? LineOfParent(XObject node)
    {
        for (var parent = node.Parent; parent != null; parent = parent.Parent)
        {
            if (parent is IXmlLineInfo info && info.HasLineInfo())
            {
                return info.LineNumber;
            }
        }

        return null;
    }
}
