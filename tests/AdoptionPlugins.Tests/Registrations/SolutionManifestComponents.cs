using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AdoptionPlugins.Tests.Registrations;

/// <summary>
/// The plugin assembly (type 91) and step (type 92) root components of <c>Other/Solution.xml</c>, as the DKD sample lists them.
/// Rewriting keeps every other line of the file as it is, other components included.
/// </summary>
public static partial class SolutionManifestComponents
{
    public const int AssemblyType = 91;
    public const int StepType = 92;

    public static string Path(string solutionFolder) => System.IO.Path.Combine(solutionFolder, "Other", "Solution.xml");

    /// <summary>The (type, id) pairs of the assembly and step components in the file.</summary>
    public static IReadOnlyList<string> Read(string solutionFolder) =>
        XDocument.Load(Path(solutionFolder)).Descendants("RootComponent")
            .Where(component => (string?)component.Attribute("type") is "91" or "92")
            .Select(component => Describe((int)component.Attribute("type")!, Guid.Parse((string)component.Attribute("id")!)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Describe(int type, Guid id) => $"{type} {id.ToString("B", CultureInfo.InvariantCulture)}";

    /// <summary>Replaces the file's assembly and step components with these, after the components of other types.</summary>
    public static void Write(string solutionFolder, Guid assemblyId, string assemblyFullName, IEnumerable<Guid> stepIds)
    {
        var text = File.ReadAllText(Path(solutionFolder));
        var lines = new List<string>();
        var block = RootComponentsBlock().Match(text);
        if (block.Success)
        {
            lines.AddRange(block.Groups["body"].Value.Split('\n').Where(line => line.Trim().Length > 0 && !PluginComponent().IsMatch(line)).Select(line => line.TrimEnd('\r')));
        }

        lines.Add($"      <RootComponent type=\"{AssemblyType}\" id=\"{assemblyId.ToString("B", CultureInfo.InvariantCulture)}\" schemaName=\"{assemblyFullName}\" behavior=\"0\" />");
        lines.AddRange(stepIds.Order().Select(id => $"      <RootComponent type=\"{StepType}\" id=\"{id.ToString("B", CultureInfo.InvariantCulture)}\" behavior=\"0\" />"));
        var replacement = "<RootComponents>\n" + string.Join("\n", lines) + "\n    </RootComponents>";
        var updated = block.Success ? text.Replace(block.Value, replacement, StringComparison.Ordinal) : EmptyRootComponents().Replace(text, replacement, 1);
        File.WriteAllText(Path(solutionFolder), updated);
    }

    [GeneratedRegex(@"<RootComponents>(?<body>.*?)</RootComponents>", RegexOptions.Singleline)]
    private static partial Regex RootComponentsBlock();

    [GeneratedRegex(@"<RootComponents\s*/>")]
    private static partial Regex EmptyRootComponents();

    [GeneratedRegex(@"<RootComponent type=""9[12]""")]
    private static partial Regex PluginComponent();
}
