using System;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Charts;

/// <summary>
/// One system chart, <c>Entities/&lt;Table&gt;/Visualizations/{id}.xml</c> (MED <c>msmedia_Show</c>): the aggregate FetchXML and how
/// its groups and measures map to the axes (data description), and how it is drawn (presentation description).
/// </summary>
public sealed record ChartDefinition
{
    public required Guid Id { get; init; }

    /// <summary>The table's schema name, which names its folder; the chart's FetchXML names the same table in lower case.</summary>
    public required string TableSchemaName { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The <c>&lt;datadefinition&gt;</c> element as compact XML.</summary>
    public required string DataDescription { get; init; }

    /// <summary>The <c>&lt;Chart&gt;</c> element as compact XML.</summary>
    public required string PresentationDescription { get; init; }

    public bool IsDefault { get; init; }

    public bool IsCustomizable { get; init; } = true;

    public bool CanBeDeleted { get; init; } = true;

    public string IntroducedVersion { get; init; } = "1.0";

    public string TableLogicalName => TableSchemaName.ToLowerInvariant();

    /// <summary>The aggregate <c>&lt;fetch&gt;</c> of the data description as compact XML, to run or validate on its own.</summary>
    public string FetchXml =>
        XElement.Parse(DataDescription).Element("fetchcollection")?.Elements("fetch").Single().ToString(SaveOptions.DisableFormatting)
            ?? throw new InvalidOperationException($"Chart {Name}: the data description has no <fetchcollection><fetch>.");
}
