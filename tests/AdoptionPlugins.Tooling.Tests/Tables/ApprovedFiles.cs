using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Compares generated files with the committed ones and describes the first difference, so a failure says what changed.</summary>
public static class ApprovedFiles
{
    /// <summary>The one switch that regenerates every generated file of <c>solution/</c> before the approved-files tests compare.</summary>
    public const string RegenerateVariable = "ADOPTION_REGENERATE";

    public const string RegenerateCommand =
        RegenerateVariable + "=1 dotnet test tests/AdoptionPlugins.Tooling.Tests -c Release --filter FullyQualifiedName~Shipped";

    // Every generator runs once, one after the other, because tables and content both rewrite Other/Solution.xml.
    private static readonly Lazy<bool> Regenerated = new(() =>
    {
        var committed = RepositoryFolders.InRepository("solution");
        ShippedTables.WriteTo(committed);
        ShippedContent.WriteTo(committed);
        return true;
    });

    /// <summary>Regenerates the committed files first when <see cref="RegenerateVariable"/> is 1; every approved-files test calls it.</summary>
    public static void RegenerateIfAsked()
    {
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            _ = Regenerated.Value;
        }
    }

    /// <summary>Null when every path has the same bytes in both folders; otherwise the first missing, extra or different file.</summary>
    public static string? FirstDifference(string approvedFolder, string generatedFolder, IEnumerable<string> relativePaths)
    {
        foreach (var path in relativePaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var approved = Path.Combine(approvedFolder, path);
            var generated = Path.Combine(generatedFolder, path);
            if (!File.Exists(approved))
            {
                return $"{path} is generated but not committed.";
            }

            if (!File.Exists(generated))
            {
                return $"{path} is committed but the generator no longer writes it.";
            }

            var difference = FirstDifferentLine(File.ReadAllBytes(approved), File.ReadAllBytes(generated));
            if (difference is not null)
            {
                return $"{path} differs: {difference}";
            }
        }

        return null;
    }

    /// <summary>The files below <paramref name="folder"/> matching <paramref name="pattern"/>, relative to <paramref name="root"/> with forward slashes.</summary>
    public static IEnumerable<string> FilesUnder(string root, string folder, string pattern) =>
        Directory.Exists(Path.Combine(root, folder))
            ? Directory.GetFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            : [];

    private static string? FirstDifferentLine(byte[] approved, byte[] generated)
    {
        if (approved.AsSpan().SequenceEqual(generated))
        {
            return null;
        }

        var approvedLines = Encoding.UTF8.GetString(approved).Split('\n');
        var generatedLines = Encoding.UTF8.GetString(generated).Split('\n');
        for (var i = 0; i < Math.Max(approvedLines.Length, generatedLines.Length); i++)
        {
            var committed = i < approvedLines.Length ? approvedLines[i] : "<end of file>";
            var fresh = i < generatedLines.Length ? generatedLines[i] : "<end of file>";
            if (!string.Equals(committed, fresh, StringComparison.Ordinal))
            {
                return $"line {i + 1} is\n  committed: {committed}\n  generated: {fresh}";
            }
        }

        return "the bytes differ (encoding, byte order mark or line ends) but every line reads the same";
    }
}
