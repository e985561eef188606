using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Microsoft's XSD set 9.0.0.2090 (shared/schemas/dataverse), compiled once per folder, offline: CustomizationsSolution.xsd with the
/// eight files it includes for customizations.xml, and Fetch.xsd, FormXml.xsd, SiteMap.xsd and VisualizationDataDescription.xsd
/// alone for the fragments (solution-format 5). Compiled sets are only read afterwards, so tests share them across threads.
/// </summary>
public sealed class DataverseSchemas
{
    public const string CustomizationsFile = "CustomizationsSolution.xsd";

    /// <summary>Where to get the set when the folder is missing, for the error message.</summary>
    public const string DownloadHint =
        "Microsoft publishes them as Schemas.zip (folder Schemas/9.0.0.2090), linked from the Power Apps docs page 'Customization solutions file schema'";

    private static readonly string[] RequiredFiles =
    [
        CustomizationsFile, "Fetch.xsd", "FormXml.xsd", "isv.config.xsd", "RibbonCore.xsd", "RibbonTypes.xsd", "RibbonWSS.xsd",
        "SiteMapType.xsd", "SiteMap.xsd", "VisualizationDataDescription.xsd",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<DataverseSchemas>> Cache = new(StringComparer.Ordinal);

    private DataverseSchemas(string folder)
    {
        Folder = folder;
        Customizations = Compile(folder, CustomizationsFile);
        Fetch = Compile(folder, "Fetch.xsd");
        Form = Compile(folder, "FormXml.xsd");
        SiteMap = Compile(folder, "SiteMap.xsd");
        Visualization = Compile(folder, "VisualizationDataDescription.xsd");
    }

    public string Folder { get; }

    /// <summary>The root <c>ImportExportXml</c> of customizations.xml.</summary>
    public XmlSchemaSet Customizations { get; }

    /// <summary>FetchXML: views' and charts' <c>fetch</c>.</summary>
    public XmlSchemaSet Fetch { get; }

    /// <summary>FormXml: a form's or a dashboard's <c>form</c>.</summary>
    public XmlSchemaSet Form { get; }

    /// <summary>A site map's <c>SiteMap</c>.</summary>
    public XmlSchemaSet SiteMap { get; }

    /// <summary>A chart's <c>datadefinition</c>.</summary>
    public XmlSchemaSet Visualization { get; }

    /// <summary>
    /// The set in <paramref name="folder"/>, compiled on first use and cached by full path. Throws <see cref="DirectoryNotFoundException"/>
    /// or <see cref="FileNotFoundException"/> naming what is missing and where to get it.
    /// </summary>
    public static DataverseSchemas Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(fullPath))
        {
            throw new DirectoryNotFoundException($"No schema folder at {fullPath}. Pass the folder that holds {CustomizationsFile}; {DownloadHint}.");
        }

        var missing = RequiredFiles.Where(file => !File.Exists(Path.Combine(fullPath, file))).ToArray();
        if (missing.Length > 0)
        {
            throw new FileNotFoundException($"{fullPath} lacks {string.Join(", ", missing)}; it should hold Microsoft's XSD set 9.0.0.2090. {DownloadHint}.");
        }

        var entry = Cache.GetOrAdd(fullPath, path => new Lazy<DataverseSchemas>(() => new DataverseSchemas(path)));
        try
        {
            return entry.Value;
        }
        catch (Exception)
        {
            Cache.TryRemove(fullPath, out _);
            throw;
        }
    }

    /// <summary>The global element <paramref name="name"/> of <paramref name="set"/>.</summary>
    public static XmlSchemaElement Element(XmlSchemaSet set, string name)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.GlobalElements[new XmlQualifiedName(name)] as XmlSchemaElement
            ?? throw new InvalidOperationException($"The schema set has no global element {name}.");
    }

    private static XmlSchemaSet Compile(string folder, string rootFile)
    {
        var resolver = new FolderOnlyResolver(folder);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var problems = new System.Collections.Generic.List<string>();
        set.ValidationEventHandler += (_, args) => problems.Add(args.Message);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        using (var reader = XmlReader.Create(Path.Combine(folder, rootFile), settings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return problems.Count == 0
            ? set
            : throw new InvalidDataException($"{Path.Combine(folder, rootFile)} does not compile: {string.Join("; ", problems)}");
    }

    /// <summary>Resolves includes to files of the schema folder only, so loading never reaches the network or another folder.</summary>
    private sealed class FolderOnlyResolver(string folder) : XmlUrlResolver
    {
        private readonly string _folder = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            return absoluteUri.IsFile && absoluteUri.LocalPath.StartsWith(_folder, StringComparison.Ordinal)
                ? base.GetEntity(absoluteUri, role, ofObjectToReturn)
                : throw new XmlException($"The schema set refers to {absoluteUri}, outside {_folder}; only files of the schema folder are read.");
        }
    }
}
