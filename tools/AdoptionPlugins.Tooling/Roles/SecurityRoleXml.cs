using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Roles;

/// <summary>
/// Reads and writes <c>Roles/&lt;Role Name&gt;.xml</c> in the exported format (solution-format, "Security role"):
/// <c>&lt;Role id name&gt;&lt;IsCustomizable/&gt;&lt;RolePrivileges&gt;&lt;RolePrivilege name level/&gt;…</c>.
/// The one parser the emulator, pack and validate share; bad content throws <see cref="InvalidDataException"/> naming the file.
/// </summary>
public static class SecurityRoleXml
{
    public const string Folder = "Roles";

    private static readonly string[] RoleElements = ["IsCustomizable", "RolePrivileges"];

    private static readonly string Levels = string.Join(", ", Enum.GetNames<PrivilegeDepth>());

    /// <summary>Every role under <paramref name="solutionFolder"/>, in ordinal path order; no <c>Roles</c> folder means none.</summary>
    public static ValueList<SecurityRole> ReadSolution(string solutionFolder)
    {
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");
        }

        var folder = Path.Combine(solutionFolder, Folder);
        var paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).ToArray() : [];
        var roles = new List<SecurityRole>(paths.Length);
        var sources = new Dictionary<Guid, string>();
        foreach (var path in paths)
        {
            var source = RelativePath(solutionFolder, path);
            var role = ReadFile(path, source);
            if (!sources.TryAdd(role.Id, source))
            {
                throw Error(source, $"role id {role.Id:B} is also the id of {sources[role.Id]}; every role needs its own id");
            }

            roles.Add(role);
        }

        return roles.ToValueList();
    }

    /// <summary>The role's file relative to the solution folder: named after the role, spaces kept (solution-format 1).</summary>
    public static string RelativePathOf(string roleName) => $"{Folder}/{roleName}.xml";

    /// <summary>
    /// The file's bytes as AKC's exports hold roles: UTF-8 with a byte order mark, privileges ordered by name ignoring case.
    /// Throws <see cref="ArgumentException"/> for a role the reader would refuse.
    /// </summary>
    public static byte[] Write(SecurityRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (string.IsNullOrWhiteSpace(role.Name) || role.Name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"Role {role.Id:B}: the name '{role.Name}' is empty or cannot name a file.", nameof(role));
        }

        var duplicate = role.Privileges.GroupBy(privilege => privilege.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Role {role.Name}: {duplicate.Key} is listed {duplicate.Count()} times; a role holds each privilege at one level.", nameof(role));
        }

        return ExportXml.ToBytes(new XElement(
            "Role",
            new XAttribute("id", role.Id.ToString("B", CultureInfo.InvariantCulture)),
            new XAttribute("name", role.Name),
            ExportXml.XsiDeclaration,
            new XElement("IsCustomizable", role.IsCustomizable ? "1" : "0"),
            new XElement(
                "RolePrivileges",
                Sorted(role.Privileges).Select(privilege =>
                    new XElement("RolePrivilege", new XAttribute("name", privilege.Name), new XAttribute("level", privilege.Depth.ToString()))))));
    }

    /// <summary>Writes each role's file and returns the paths relative to the solution folder.</summary>
    public static IReadOnlyList<string> WriteTo(string solutionFolder, IEnumerable<SecurityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Select(role => ExportXml.WriteFile(solutionFolder, RelativePathOf(role.Name), Write(role))).ToArray();
    }

    /// <summary>Privileges in the order exports list them: by name, ignoring case.</summary>
    public static IEnumerable<RolePrivilege> Sorted(IEnumerable<RolePrivilege> privileges) =>
        privileges.OrderBy(privilege => privilege.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads one role file; <paramref name="source"/> is the path shown in errors.</summary>
    public static SecurityRole ReadFile(string path, string source) => Read(LoadRoot(path, source, "Role"), source);

    public static SecurityRole Read(XElement role, string source)
    {
        ArgumentNullException.ThrowIfNull(role);
        RequireOnlyKnownChildren(role, RoleElements, source);
        var name = RequiredAttribute(role, "name", source);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Error(source, "<Role> has an empty name");
        }

        return new SecurityRole
        {
            Id = ParseGuid(RequiredAttribute(role, "id", source), "the role id", source),
            Name = name,
            IsCustomizable = Flag(role, "IsCustomizable", source, fallback: true),
            Privileges = ReadPrivileges(role, source),
        };
    }

    private static ValueList<RolePrivilege> ReadPrivileges(XElement role, string source)
    {
        var container = role.Element("RolePrivileges");
        if (container is null)
        {
            return [];
        }

        var privileges = new List<RolePrivilege>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in container.Elements())
        {
            if (element.Name.LocalName != "RolePrivilege")
            {
                throw Error(source, $"<RolePrivileges> has <{element.Name.LocalName}>; expected only <RolePrivilege>");
            }

            var privilege = ReadPrivilege(element, source);
            if (!seen.Add(privilege.Name))
            {
                throw Error(source, $"{privilege.Name} is listed twice; a role holds each privilege at one level");
            }

            privileges.Add(privilege);
        }

        return privileges.ToValueList();
    }

    private static RolePrivilege ReadPrivilege(XElement element, string source)
    {
        var name = RequiredAttribute(element, "name", source);
        if (!name.StartsWith("prv", StringComparison.Ordinal) || name.Length == 3)
        {
            throw Error(source, $"privilege name '{name}' does not start with prv followed by the privilege, as platform privilege names do");
        }

        var level = RequiredAttribute(element, "level", source);
        return Enum.GetNames<PrivilegeDepth>().Contains(level, StringComparer.Ordinal)
            ? new RolePrivilege(name, Enum.Parse<PrivilegeDepth>(level))
            : throw Error(source, $"{name} has level '{level}'; expected one of {Levels}");
    }
}
