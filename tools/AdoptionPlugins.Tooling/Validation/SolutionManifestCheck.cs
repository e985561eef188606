using System;
using System.Collections.Generic;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>Validates solution.xml against <c>SolutionManifest.xsd</c>, our schema written from the real exports (Microsoft publishes none).</summary>
public static class SolutionManifestCheck
{
    public const string SchemaName = "SolutionManifest.xsd";

    private static readonly Lazy<XmlSchemaSet> Schema = new(Load);

    /// <summary>Every schema error in <paramref name="manifest"/>, at its file and line.</summary>
    public static IReadOnlyList<ValidationProblem> Check(XDocument manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var problems = new List<ValidationProblem>();
        manifest.Validate(Schema.Value, (sender, args) =>
        {
            if (sender is XObject node)
            {
                problems.Add(ValidationProblem.At(node, $"{args.Message.TrimEnd('.')} ({SchemaName}, written from the real exports)", "solution.xml"));
            }
        });
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var name = typeof(SolutionManifestCheck).Namespace + "." + SchemaName;
        using var stream = typeof(SolutionManifestCheck).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tooling was built without its embedded {name}.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
