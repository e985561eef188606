using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Checks that what one component names exists: role privileges name tables of the solution, apps and site maps name its tables,
/// site map and roles, custom lookups have their relationship (solution-format 3: "the column is not enough on its own"), and views,
/// charts and forms on its tables name columns those tables have. Names without the solution's prefix belong to the platform or
/// other solutions and are not checked.
/// </summary>
internal static partial class ReferenceCheck
{
    /// <summary>Roles every environment has with these ids (MED, BAK and DKD apps map them): System Administrator and System Customizer.</summary>
    private static readonly Guid[] BuiltInRoles = [new("627090ff-40a3-4053-8790-584edc5be201"), new("119f245c-3cc8-4b62-b31c-d1a046ced15d")];

    private const string NorDependency = " nor a MissingDependency of solution.xml";

    public static IEnumerable<ValidationProblem> Check(SolutionIndex index) =>
    [
        .. RolePrivileges(index),
        .. Apps(index),
        .. SiteMaps(index),
        .. Lookups(index),
        .. Relationships(index),
        .. Queries(index),
        .. Forms(index),
    ];

    private static IEnumerable<ValidationProblem> RolePrivileges(SolutionIndex index)
    {
        foreach (var privilege in index.Roles.Elements("RolePrivileges").Elements("RolePrivilege"))
        {
            // The level (Basic, Local, Deep, Global) is the XSD's to check.
            var name = (string?)privilege.Attribute("name") ?? string.Empty;
            var match = TablePrivilege().Match(name);
            if (match.Success && index.IsOurs(match.Groups["table"].Value) && !index.HasTable(match.Groups["table"].Value))
            {
                yield return ValidationProblem.At(
                    privilege, $"privilege {name} is for the table {match.Groups["table"].Value}, which is not in the solution{NorDependency}; the import would fail on an unknown privilege");
            }
        }
    }

    private static IEnumerable<ValidationProblem> Apps(SolutionIndex index)
    {
        var siteMaps = SolutionIndex.NameSet(index.SiteMaps.Select(siteMap => siteMap.Element("SiteMapUniqueName")?.Value));
        var roles = index.RoleIds();
        foreach (var app in index.Apps)
        {
            foreach (var component in app.Elements("AppModuleComponents").Elements("AppModuleComponent"))
            {
                var type = (string?)component.Attribute("type");
                var name = (string?)component.Attribute("schemaName");
                if (type == "1" && index.IsOurs(name) && !index.HasTable(name!))
                {
                    yield return ValidationProblem.At(component, $"the app lists the table {name}, which is not in the solution{NorDependency}");
                }
                else if (type == "62" && (name is null || !(siteMaps.Contains(name) || index.Depends(type, name))))
                {
                    yield return ValidationProblem.At(component, $"the app's site map {name} is not in AppModuleSiteMaps; an app opens on its own site map");
                }
            }

            foreach (var role in app.Elements("AppModuleRoleMaps").Elements("Role"))
            {
                var id = (string?)role.Attribute("id");
                if (!Guid.TryParse(id, out var roleId) || !(roles.Contains(roleId) || BuiltInRoles.Contains(roleId)))
                {
                    yield return ValidationProblem.At(role, $"the app is shared with role {id}, which is neither a role of the solution nor System Administrator or System Customizer");
                }
            }
        }
    }

    private static IEnumerable<ValidationProblem> SiteMaps(SolutionIndex index) =>
        index.SiteMaps.Descendants("SubArea")
            .Select(subArea => (SubArea: subArea, Table: (string?)subArea.Attribute("Entity")))
            .Where(entry => index.IsOurs(entry.Table) && !index.HasTable(entry.Table!))
            .Select(entry => ValidationProblem.At(entry.SubArea, $"the site map opens the table {entry.Table}, which is not in the solution{NorDependency}"));

    /// <summary>A custom lookup column needs a 1:N relationship that names it; the column alone does not import (solution-format 3).</summary>
    private static IEnumerable<ValidationProblem> Lookups(SolutionIndex index)
    {
        foreach (var table in index.Tables.Values)
        {
            foreach (var column in table.Columns.Values.Where(column => column.IsCustom && column.Type == "lookup"))
            {
                var related = index.Relationships.Any(relationship =>
                    Same(relationship.Element("ReferencingEntityName")?.Value, table.Name)
                    && Same(relationship.Element("ReferencingAttributeName")?.Value, column.Name));
                if (!related)
                {
                    yield return ValidationProblem.At(
                        column.Element, $"the lookup {table.Name}.{column.Name} has no relationship in Other/Relationships naming it as ReferencingAttributeName; add the 1:N relationship");
                }
            }
        }
    }

    private static IEnumerable<ValidationProblem> Relationships(SolutionIndex index)
    {
        foreach (var relationship in index.Relationships)
        {
            var name = (string?)relationship.Attribute("Name");
            var referencing = relationship.Element("ReferencingEntityName")?.Value;
            var referenced = relationship.Element("ReferencedEntityName")?.Value;
            var column = relationship.Element("ReferencingAttributeName")?.Value;
            if (referencing != null && index.Tables.TryGetValue(referencing, out var table) && table.Definition != null
                && (column is null || !table.Columns.ContainsKey(column)))
            {
                yield return ValidationProblem.At(relationship, $"relationship {name}: {referencing} has no column {column} to hold the lookup");
            }

            foreach (var end in new[] { referencing, referenced }.Where(end => index.IsOurs(end) && !index.HasTable(end!)))
            {
                yield return ValidationProblem.At(relationship, $"relationship {name} joins the table {end}, which is not in the solution{NorDependency}");
            }
        }
    }

    /// <summary>Views' and charts' FetchXML, and views' grid columns, on tables of the solution name columns those tables have.</summary>
    private static IEnumerable<ValidationProblem> Queries(SolutionIndex index)
    {
        var fetches = index.Views.Elements("fetchxml").Elements("fetch")
            .Concat(index.Charts.Elements("datadescription").Elements("datadefinition").Elements("fetchcollection").Elements("fetch"));
        foreach (var entity in fetches.Descendants().Where(element => element.Name.LocalName is "entity" or "link-entity"))
        {
            var table = Defined(index, (string?)entity.Attribute("name"));
            if (table is null)
            {
                continue;
            }

            var columns = NamedColumns(entity);
            foreach (var (element, column) in columns)
            {
                if (column != null && !table.Columns.ContainsKey(column))
                {
                    yield return ValidationProblem.At(element, $"the query names {table.Name}.{column}, which is not a column of that table");
                }
            }
        }

        foreach (var row in index.Views.Elements("layoutxml").Elements("grid").Elements("row"))
        {
            var table = Defined(index, (string?)row.Attribute("name"));
            var unknown = table is null
                ? []
                : row.Elements("cell").Select(cell => (Cell: cell, Name: (string?)cell.Attribute("name")))
                    .Where(cell => cell.Name != null && !cell.Name.Contains('.', StringComparison.Ordinal) && !table.Columns.ContainsKey(cell.Name));
            foreach (var (cell, name) in unknown)
            {
                yield return ValidationProblem.At(cell, $"the view's grid shows {table!.Name}.{name}, which is not a column of that table");
            }
        }
    }

    /// <summary>The columns a fetch <c>entity</c> or <c>link-entity</c> names for its own table: attributes, orders, its conditions, the link's <c>from</c>.</summary>
    private static IEnumerable<(XElement Element, string? Column)> NamedColumns(XElement entity)
    {
        foreach (var element in entity.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "attribute":
                    yield return (element, (string?)element.Attribute("name"));
                    break;
                case "order":
                    yield return (element, (string?)element.Attribute("attribute"));
                    break;
            }
        }

        var conditions = entity.Descendants("condition")
            .Where(condition => condition.Attribute("entityname") is null && ClosestTable(condition) == entity);
        foreach (var condition in conditions)
        {
            yield return (condition, (string?)condition.Attribute("attribute"));
        }

        if (entity.Name.LocalName == "link-entity")
        {
            yield return (entity, (string?)entity.Attribute("from"));
        }
    }

    private static XElement? ClosestTable(XElement element) =>
        element.Ancestors().FirstOrDefault(ancestor => ancestor.Name.LocalName is "entity" or "link-entity");

    private static IEnumerable<ValidationProblem> Forms(SolutionIndex index) =>
        index.Tables.Values.Where(table => table.Definition != null)
            .SelectMany(table => table.Element.Elements("FormXml").Descendants("control")
                .Select(control => (Control: control, Column: (string?)control.Attribute("datafieldname"), Table: table)))
            .Where(entry => entry.Column != null && !entry.Table.Columns.ContainsKey(entry.Column))
            .Select(entry => ValidationProblem.At(entry.Control, $"the form binds {entry.Table.Name}.{entry.Column}, which is not a column of that table"));

    /// <summary>The solution's own definition of <paramref name="name"/>, or null for a table it does not define (platform tables).</summary>
    private static IndexedTable? Defined(SolutionIndex index, string? name) =>
        name != null && index.Tables.TryGetValue(name, out var table) && table.Definition != null ? table : null;

    private static bool Same(string? a, string? b) => a != null && b != null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^prv(Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(?<table>.+)$")]
    private static partial Regex TablePrivilege();
}
