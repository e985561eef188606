using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>
/// Reads <c>importjob.data</c>: every component element carries a <c>&lt;result result="success|failure|warning" errorcode errortext/&gt;</c> child
/// ("Work with solutions", Retrieving import job data, learn.microsoft.com/dynamics365/customerengagement/on-premises/developer/work-solutions).
/// </summary>
public static class ImportJobLog
{
    private static readonly string[] NameAttributes = ["LocalizedName", "name", "OriginalName", "id"];

    /// <summary>One line per failed component: what it is, its name, and the error text and code.</summary>
    public static IReadOnlyList<string> Failures(string? data) => Results(data, "failure");

    public static IReadOnlyList<string> Warnings(string? data) => Results(data, "warning");

    private static List<string> Results(string? data, string outcome)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            return [];
        }

        XDocument log;
        try
        {
            log = XDocument.Parse(data);
        }
        catch (XmlException)
        {
            return [$"(the import log could not be read as XML; its start: {data[..Math.Min(200, data.Length)]})"];
        }

        return [.. log.Descendants("result")
            .Where(result => string.Equals((string?)result.Attribute("result"), outcome, StringComparison.OrdinalIgnoreCase))
            .Select(Describe)
            .Distinct()];
    }

    private static string Describe(XElement result)
    {
        var component = result.Parent!;
        var name = NameAttributes
            .Select(attribute => (string?)component.Attribute(attribute))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))
            ?? component.Element("UniqueName")?.Value;
        var code = (string?)result.Attribute("errorcode");
        var text = (string?)result.Attribute("errortext");
        var what = name == null ? component.Name.LocalName : $"{component.Name.LocalName} '{name}'";
        return $"{what}: {(string.IsNullOrWhiteSpace(text) ? "(no error text)" : text.Trim())}{(string.IsNullOrWhiteSpace(code) || code == "0" ? string.Empty : $" (error {code})")}";
    }
}
