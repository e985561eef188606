using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>Reads <c>PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll.data.xml</c> (solution-format 3).</summary>
public static class PluginAssemblyXml
{
    public const string Folder = "PluginAssemblies";

    /// <summary>Reads one data file; <paramref name="source"/> is the path shown in errors.</summary>
    public static PluginAssemblyRegistration ReadFile(string path, string source) =>
        Read(LoadRoot(path, source, "PluginAssembly"), source);

    public static PluginAssemblyRegistration Read(XElement assembly, string source)
    {
        System.ArgumentNullException.ThrowIfNull(assembly);
        return new PluginAssemblyRegistration
        {
            FullName = RequiredAttribute(assembly, "FullName", source),
            PluginAssemblyId = ParseGuid(RequiredAttribute(assembly, "PluginAssemblyId", source), "PluginAssemblyId", source),
            IsolationMode = Integer(assembly, "IsolationMode", source, 2),
            SourceType = Integer(assembly, "SourceType", source, 0),
            IntroducedVersion = Text(assembly, "IntroducedVersion"),
            FileName = RequiredText(assembly, "FileName", source),
            PluginTypes = (assembly.Element("PluginTypes")?.Elements("PluginType") ?? [])
                .Select(type => ReadType(type, source))
                .ToValueList(),
        };
    }

    /// <summary><c>PluginAssemblies/&lt;Name without dots&gt;-&lt;ID upper case&gt;/&lt;Name&gt;.dll.data.xml</c>, as exports name it (solution-format 1).</summary>
    public static string RelativePathOf(PluginAssemblyRegistration assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var folder = $"{assembly.Name.Replace(".", string.Empty, StringComparison.Ordinal)}-{assembly.PluginAssemblyId.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant()}";
        return $"{Folder}/{folder}/{assembly.Name}.dll.data.xml";
    }

    /// <summary>The data file's bytes in the element order of real exports: the same registration always gives the same bytes.</summary>
    public static byte[] Write(PluginAssemblyRegistration assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");
        return ToExportBytes(new XElement(
            "PluginAssembly",
            new XAttribute("FullName", assembly.FullName),
            new XAttribute("PluginAssemblyId", assembly.PluginAssemblyId.ToString("D", CultureInfo.InvariantCulture)),
            new XAttribute("CustomizationLevel", "1"),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi.NamespaceName),
            new XElement("IsolationMode", assembly.IsolationMode.ToString(CultureInfo.InvariantCulture)),
            new XElement("SourceType", assembly.SourceType.ToString(CultureInfo.InvariantCulture)),
            new XElement("IntroducedVersion", assembly.IntroducedVersion),
            new XElement("FileName", assembly.FileName),
            new XElement("PluginTypes", assembly.PluginTypes.Select(type => new XElement(
                "PluginType",
                new XAttribute("AssemblyQualifiedName", type.AssemblyQualifiedName),
                new XAttribute("PluginTypeId", type.PluginTypeId.ToString("D", CultureInfo.InvariantCulture)),
                new XAttribute("Name", type.Name),
                type.FriendlyName is null ? null : new XElement("FriendlyName", type.FriendlyName))))));
    }

    /// <summary>Writes the data file under <paramref name="solutionFolder"/> and returns its path.</summary>
    public static string WriteTo(string solutionFolder, PluginAssemblyRegistration assembly)
    {
        var path = Path.Combine(solutionFolder, RelativePathOf(assembly));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Write(assembly));
        return path;
    }

    private static PluginTypeRegistration ReadType(XElement type, string source) =>
        new()
        {
            Name = RequiredAttribute(type, "Name", source),
            AssemblyQualifiedName = RequiredAttribute(type, "AssemblyQualifiedName", source),
            PluginTypeId = ParseGuid(RequiredAttribute(type, "PluginTypeId", source), "PluginTypeId", source),
            FriendlyName = Text(type, "FriendlyName"),
        };
}
