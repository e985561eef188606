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

    private static PluginTypeRegistration ReadType(XElement type, string source) =>
        new()
        {
            Name = RequiredAttribute(type, "Name", source),
            AssemblyQualifiedName = RequiredAttribute(type, "AssemblyQualifiedName", source),
            PluginTypeId = ParseGuid(RequiredAttribute(type, "PluginTypeId", source), "PluginTypeId", source),
            FriendlyName = Text(type, "FriendlyName"),
        };
}
