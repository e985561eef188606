using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Roles;

/// <summary>
/// Reads <c>Roles/&lt;Role Name&gt;.xml</c> in the exported format (solution-format, "Security role"):
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
