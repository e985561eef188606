using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Forms;

/// <summary>
/// Reads and writes main forms as SolutionPackager unpacks them: <c>&lt;forms&gt;&lt;systemform&gt;</c> in
/// <c>Entities/&lt;Table&gt;/FormXml/main/{id}.xml</c>, the systemform's children in the order of the EDU managed export's main forms.
/// Tab, section and cell ids are name-based, so the same form always gives the same file.
/// </summary>
public static class MainFormXml
{
    public const string Folder = "FormXml";

    private const string MainType = "main";

    private static readonly string[] SystemFormChildren =
        ["formid", "IntroducedVersion", "FormPresentation", "FormActivationState", "form", "IsCustomizable", "CanBeDeleted", "LocalizedNames", "Descriptions"];

    public static string RelativePathOf(string tableSchemaName, Guid formId) =>
        $"{EntityXml.Folder}/{tableSchemaName}/{Folder}/{MainType}/{formId.ToString("B", CultureInfo.InvariantCulture)}.xml";

    /// <summary>The control class a column of this kind gets on a form, as the EDU export's forms use them.</summary>
    public static string ClassIdOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}",
        ColumnKind.Memo => "{E0DECE4B-6FC8-4A8F-A065-082708572369}",
        ColumnKind.WholeNumber => "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}",
        ColumnKind.DateTime => "{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}",
        ColumnKind.YesNo => "{67FAC785-CD58-4f9f-ABB3-4B7DDC6ED5ED}",
        ColumnKind.Choice => "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
        ColumnKind.Lookup or ColumnKind.Owner => "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No form control is chosen for this kind of column."),
    };

    /// <summary>Every main form under <paramref name="solutionFolder"/>, ordered by path.</summary>
    public static ValueList<MainFormDefinition> ReadSolution(string solutionFolder)
    {
        var entities = Path.Combine(solutionFolder, EntityXml.Folder);
        var paths = Directory.Exists(entities)
            ? Directory.GetDirectories(entities).SelectMany(table => Files(Path.Combine(table, Folder, MainType))).Order(StringComparer.Ordinal).ToArray()
            : [];
        return paths.Select(path => ReadFile(path, RelativePath(solutionFolder, path))).ToValueList();
    }

    public static MainFormDefinition ReadFile(string path, string source)
    {
        var forms = LoadRoot(path, source, "forms");
        var systemForms = forms.Elements("systemform").ToArray();
        if (systemForms.Length != 1)
        {
            throw Error(source, $"<forms> holds {systemForms.Length} <systemform> elements; a form file holds one");
        }

        var tableSchemaName = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))))!;
        var form = Read(systemForms[0], tableSchemaName, source);
        var fileName = Path.GetFileNameWithoutExtension(path);
        return Guid.TryParse(fileName, out var fileId) && fileId == form.Id
            ? form
            : throw Error(source, $"the file is named {fileName} but its formid is {form.Id:B}; name it {form.Id:B}.xml");
    }

    public static MainFormDefinition Read(XElement systemForm, string tableSchemaName, string source)
    {
        ArgumentNullException.ThrowIfNull(systemForm);
        RequireOnlyKnownChildren(systemForm, SystemFormChildren, source);
        var tabs = systemForm.Element("form")?.Element("tabs")?.Elements("tab").ToArray() ?? [];
        if (tabs.Length != 1)
        {
            throw Error(source, $"the form has {tabs.Length} tabs; this reader knows forms of one tab");
        }

        return new MainFormDefinition
        {
            Id = RequiredGuid(systemForm, "formid", source),
            TableSchemaName = tableSchemaName,
            Name = ExportXml.LabelText(systemForm, "LocalizedNames") ?? throw Error(source, "<LocalizedNames> is missing; a form has a name"),
            Description = ExportXml.LabelText(systemForm, "Descriptions") ?? "",
            TabLabel = ExportXml.LabelText(tabs[0], "labels") ?? "",
            Sections = tabs[0].Descendants("section").Select(section => ReadSection(section, source)).ToValueList(),
            IntroducedVersion = Text(systemForm, "IntroducedVersion") ?? "1.0",
            IsCustomizable = Flag(systemForm, "IsCustomizable", source, fallback: true),
            CanBeDeleted = Flag(systemForm, "CanBeDeleted", source, fallback: true),
        };
    }

    public static byte[] Write(MainFormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var owner = form.Id;
        return ExportXml.ToBytes(new XElement(
            "forms",
            ExportXml.XsiDeclaration,
            new XElement(
                "systemform",
                new XElement("formid", form.Id.ToString("B", CultureInfo.InvariantCulture)),
                new XElement("IntroducedVersion", form.IntroducedVersion),
                new XElement("FormPresentation", "1"),
                new XElement("FormActivationState", "1"),
                new XElement(
                    "form",
                    new XElement(
                        "tabs",
                        new XElement(
                            "tab",
                            new XAttribute("verticallayout", "true"),
                            new XAttribute("id", ContentIds.PartOf(owner, "tab")),
                            new XAttribute("IsUserDefined", "1"),
                            new XAttribute("name", "general"),
                            new XAttribute("showlabel", "true"),
                            new XAttribute("expanded", "true"),
                            ExportXml.Labels("labels", "label", form.TabLabel),
                            new XElement("columns", new XElement("column", new XAttribute("width", "100%"), new XElement("sections", form.Sections.Select(section => WriteSection(section, owner)))))))),
                ExportXml.Bit("IsCustomizable", form.IsCustomizable),
                ExportXml.Bit("CanBeDeleted", form.CanBeDeleted),
                ExportXml.Labels("LocalizedNames", "LocalizedName", form.Name),
                ExportXml.Labels("Descriptions", "Description", form.Description))));
    }

    /// <summary>Writes each form's file and returns the paths relative to the solution folder.</summary>
    public static IReadOnlyList<string> WriteTo(string solutionFolder, IEnumerable<MainFormDefinition> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        return forms.Select(form => ExportXml.WriteFile(solutionFolder, RelativePathOf(form.TableSchemaName, form.Id), Write(form))).ToArray();
    }

    private static XElement WriteSection(FormSection section, Guid owner) =>
        new(
            "section",
            new XAttribute("name", section.Name),
            new XAttribute("showlabel", "true"),
            new XAttribute("showbar", "false"),
            new XAttribute("IsUserDefined", "0"),
            new XAttribute("id", ContentIds.PartOf(owner, "section/" + section.Name)),
            new XAttribute("columns", "1"),
            ExportXml.Labels("labels", "label", section.Label),
            new XElement(
                "rows",
                section.Fields.Select(field => new XElement(
                    "row",
                    new XElement(
                        "cell",
                        new XAttribute("id", ContentIds.PartOf(owner, "cell/" + field.Column)),
                        new XAttribute("showlabel", "true"),
                        new XAttribute("locklevel", "0"),
                        ExportXml.Labels("labels", "label", field.Label),
                        new XElement(
                            "control",
                            new XAttribute("id", field.Column),
                            new XAttribute("classid", field.ClassId),
                            new XAttribute("datafieldname", field.Column),
                            new XAttribute("disabled", field.IsReadOnly ? "true" : "false")))))));

    private static FormSection ReadSection(XElement section, string source) =>
        new(
            RequiredAttribute(section, "name", source),
            ExportXml.LabelText(section, "labels") ?? "",
            section.Descendants("cell").Select(cell =>
            {
                var control = cell.Element("control") ?? throw Error(source, $"a cell of section {section.Attribute("name")?.Value} has no <control>");
                return new FormField(
                    RequiredAttribute(control, "datafieldname", source),
                    ExportXml.LabelText(cell, "labels") ?? "",
                    RequiredAttribute(control, "classid", source),
                    control.Attribute("disabled")?.Value == "true");
            }).ToValueList());


    private static string[] Files(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml") : [];
}
