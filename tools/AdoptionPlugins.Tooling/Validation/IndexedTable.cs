using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>One packed <c>&lt;Entity&gt;</c> as validation sees it: its name, whether it carries a definition, and its columns.</summary>
internal sealed class IndexedTable
{
    public IndexedTable(XElement entity)
    {
        Element = entity;
        Name = entity.Element("Name")?.Value.Trim() ?? string.Empty;
        Definition = entity.Element("EntityInfo")?.Element("entity");
        Columns = (Definition?.Element("attributes")?.Elements("attribute") ?? [])
            .Select(column => new IndexedColumn(column))
            .GroupBy(column => column.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
    }

    public XElement Element { get; }

    /// <summary>The table's name as <c>&lt;Name&gt;</c> gives it (logical or schema name; compare case-insensitively).</summary>
    public string Name { get; }

    /// <summary>The <c>EntityInfo/entity</c> element; null when the solution ships only some of the table's parts (forms, ribbon).</summary>
    public XElement? Definition { get; }

    /// <summary>Columns by name, case-insensitively; empty without a definition.</summary>
    public IReadOnlyDictionary<string, IndexedColumn> Columns { get; }
}
