using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;
using static AdoptionPlugins.Tooling.Tables.ExportXml;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>Reads and writes <c>Entities/&lt;Table&gt;/SavedQueries/{id}.xml</c> with the element order of real exports (BAK <c>cat_BusinessApprover</c>).</summary>
public static class SavedQueryXml
{
    public const string Folder = "SavedQueries";

    /// <summary><c>Entities/&lt;Table&gt;/SavedQueries/{id}.xml</c>, the id lower case in braces.</summary>
    public static string RelativePathOf(string tableSchemaName, Guid viewId) =>
        $"{EntityXml.Folder}/{tableSchemaName}/{Folder}/{viewId.ToString("B", CultureInfo.InvariantCulture)}.xml";

    /// <summary>Reads one view file; the file must be named after the view's id.</summary>
    public static ViewDefinition ReadFile(string path, string source)
    {
        var root = LoadRoot(path, source, "savedqueries");
        var queries = root.Elements("savedquery").ToArray();
        if (queries.Length != 1)
        {
            throw Error(source, $"<savedqueries> holds {queries.Length} <savedquery> elements; a view file holds one");
        }

        var view = Read(queries[0], source);
        var fileName = Path.GetFileNameWithoutExtension(path);
        return Guid.TryParse(fileName, out var fileId) && fileId == view.Id
            ? view
            : throw Error(source, $"the file is named {fileName} but its savedqueryid is {view.Id:B}; name it {view.Id:B}.xml");
    }

    public static ViewDefinition Read(XElement query, string source)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = RequiredGuid(query, "savedqueryid", source);
        var viewSource = $"{source}: view {id:B}";
        var type = RequiredInteger(query, "querytype", viewSource);
        var fetch = query.Element("fetchxml")?.Element("fetch") ?? throw Error(viewSource, "<fetchxml><fetch> is missing; a view is a query");
        return new ViewDefinition
        {
            Id = id,
            Name = LabelText(query, "LocalizedNames") ?? throw Error(viewSource, "<LocalizedNames> is missing; a view has a name"),
            Type = Enum.IsDefined((ViewType)type) ? (ViewType)type : throw Error(viewSource, $"<querytype> is {type}; this reader knows {string.Join(", ", Enum.GetValues<ViewType>().Select(value => (int)value))}"),
            IsDefault = Flag(query, "isdefault", viewSource, fallback: false),
            IsQuickFind = Flag(query, "isquickfindquery", viewSource, fallback: false),
            IsCustomizable = Flag(query, "IsCustomizable", viewSource, fallback: true),
            CanBeDeleted = Flag(query, "CanBeDeleted", viewSource, fallback: false),
            IsPrivate = Flag(query, "isprivate", viewSource, fallback: false),
            IntroducedVersion = Text(query, "IntroducedVersion") ?? "1.0",
            Description = LabelText(query, "Descriptions"),
            Layout = query.Element("layoutxml")?.Element("grid") is { } grid ? ReadGrid(grid, viewSource) : null,
            FetchXml = fetch.ToString(SaveOptions.DisableFormatting),
        };
    }

    public static byte[] Write(ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        XElement fetch;
        try
        {
            fetch = XElement.Parse(view.FetchXml);
        }
        catch (XmlException exception)
        {
            throw new ArgumentException($"View {view.Name}: the FetchXML is not well-formed XML: {exception.Message}", nameof(view), exception);
        }

        return ToBytes(new XElement(
            "savedqueries",
            XsiDeclaration,
            new XElement(
                "savedquery",
                Bit("IsCustomizable", view.IsCustomizable),
                Bit("CanBeDeleted", view.CanBeDeleted),
                Bit("isquickfindquery", view.IsQuickFind),
                Bit("isprivate", view.IsPrivate),
                Bit("isdefault", view.IsDefault),
                Element("savedqueryid", view.Id.ToString("B", CultureInfo.InvariantCulture)),
                view.Layout is null ? null : new XElement("layoutxml", WriteGrid(view.Layout)),
                Number("querytype", (int)view.Type),
                new XElement("fetchxml", fetch),
                Element("IntroducedVersion", view.IntroducedVersion),
                Labels("LocalizedNames", "LocalizedName", view.Name),
                view.Description is null ? null : Labels("Descriptions", "Description", view.Description))));
    }

    private static XElement WriteGrid(GridLayout grid) =>
        new(
            "grid",
            new XAttribute("name", grid.GridName),
            new XAttribute("jump", grid.Jump),
            new XAttribute("select", "1"),
            new XAttribute("icon", "1"),
            new XAttribute("preview", grid.Preview ? "1" : "0"),
            new XElement(
                "row",
                new XAttribute("name", grid.RowName),
                new XAttribute("id", grid.IdColumn),
                grid.Cells.Select(cell => new XElement("cell", new XAttribute("name", cell.Name), new XAttribute("width", cell.Width)))));

    private static GridLayout ReadGrid(XElement grid, string source)
    {
        var row = grid.Element("row") ?? throw Error(source, "<grid> has no <row>");
        return new GridLayout
        {
            GridName = RequiredAttribute(grid, "name", source),
            RowName = RequiredAttribute(row, "name", source),
            IdColumn = RequiredAttribute(row, "id", source),
            Jump = grid.Attribute("jump")?.Value ?? "",
            Preview = grid.Attribute("preview")?.Value != "0",
            Cells = row.Elements("cell")
                .Select(cell => new GridCell(RequiredAttribute(cell, "name", source), RequiredIntAttribute(cell, "width", source)))
                .ToValueList(),
        };
    }
}
