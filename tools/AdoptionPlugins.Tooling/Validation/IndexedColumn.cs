using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>One <c>&lt;attribute&gt;</c> of a table definition as validation sees it.</summary>
internal sealed class IndexedColumn(XElement attribute)
{
    public XElement Element { get; } = attribute;

    /// <summary>The schema name (<c>PhysicalName</c>), or the logical name when that is missing.</summary>
    public string Name { get; } = (string?)attribute.Attribute("PhysicalName") ?? attribute.Element("LogicalName")?.Value ?? string.Empty;

    /// <summary><c>&lt;Type&gt;</c>: nvarchar, lookup, picklist, …</summary>
    public string Type { get; } = attribute.Element("Type")?.Value ?? string.Empty;

    /// <summary>A column the solution added, not one the platform gives every table (<c>IsCustomField 1</c>).</summary>
    public bool IsCustom { get; } = attribute.Element("IsCustomField")?.Value == "1";
}
