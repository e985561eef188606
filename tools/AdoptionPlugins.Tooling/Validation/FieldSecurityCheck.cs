using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Checks column security (dataverse-facts 7.1): each permission of a field security profile names a column the solution's table
/// has and secures, grants only 4 (allowed) or 0 (not allowed), and no secured column is part of an alternate key. Permissions on
/// tables without the solution's prefix belong to the platform or other solutions and are not checked.
/// </summary>
internal static class FieldSecurityCheck
{
    private static readonly string[] Rights = ["CanRead", "CanUpdate", "CanCreate"];

    public static IEnumerable<ValidationProblem> Check(SolutionIndex index) => [.. Permissions(index), .. SecuredKeys(index)];

    private static IEnumerable<ValidationProblem> Permissions(SolutionIndex index)
    {
        foreach (var profile in index.FieldSecurityProfiles)
        {
            var name = (string?)profile.Attribute("name");
            foreach (var permission in profile.Elements("FieldPermissions").Elements("FieldPermission"))
            {
                var table = permission.Element("EntityName")?.Value.Trim() ?? string.Empty;
                var column = permission.Element("AttributeName")?.Value.Trim() ?? string.Empty;
                foreach (var right in Rights.Where(right => permission.Element(right)?.Value.Trim() is not ("0" or "4")))
                {
                    yield return ValidationProblem.At(permission, $"field security profile '{name}' gives {table}.{column} {right} '{permission.Element(right)?.Value}'; the platform stores only 4 (allowed) or 0 (not allowed)");
                }

                if (!index.IsOurs(table))
                {
                    continue;
                }

                if (!index.Tables.TryGetValue(table, out var indexed) || indexed.Definition is null)
                {
                    yield return ValidationProblem.At(permission, $"field security profile '{name}' names the table {table}, which the solution does not define");
                }
                else if (!indexed.Columns.TryGetValue(column, out var secured))
                {
                    yield return ValidationProblem.At(permission, $"field security profile '{name}' names {table}.{column}, which is not a column of that table");
                }
                else if (secured.Element.Element("IsSecured")?.Value.Trim() != "1")
                {
                    yield return ValidationProblem.At(permission, $"field security profile '{name}' names {table}.{column}, which is not secured (<IsSecured>1</IsSecured>); the import would refuse the permission or it would do nothing");
                }
            }
        }
    }

    // Secured columns cannot be part of an alternate key (dataverse-facts 7.1, 4.1).
    private static IEnumerable<ValidationProblem> SecuredKeys(SolutionIndex index)
    {
        foreach (var table in index.Tables.Values.Where(table => table.Definition is not null))
        {
            foreach (var key in table.Definition!.Elements("EntityKeys").Elements("EntityKey"))
            {
                foreach (var column in key.Elements("EntityKeyAttributes").Elements("AttributeName").Select(element => element.Value.Trim()))
                {
                    if (table.Columns.TryGetValue(column, out var indexed) && indexed.Element.Element("IsSecured")?.Value.Trim() == "1")
                    {
                        yield return ValidationProblem.At(key, $"the alternate key {key.Element("Name")?.Value} of {table.Name} includes the secured column {column}; secured columns cannot be part of a key");
                    }
                }
            }
        }
    }
}
