using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.FieldSecurity;

/// <summary>
/// Reads and writes <c>Other/FieldSecurityProfiles.xml</c>, where SolutionPackager's unpack puts the <c>&lt;FieldSecurityProfiles&gt;</c>
/// of customizations.xml: <c>&lt;FieldSecurityProfile name description fieldsecurityprofileid&gt;&lt;FieldPermissions&gt;&lt;FieldPermission&gt;</c>
/// with <c>EntityName</c>, <c>AttributeName</c>, <c>CanRead</c>, <c>CanUpdate</c>, <c>CanCreate</c> in the order of
/// CustomizationsSolution.xsd. The one parser the emulator, pack and validate share; bad content throws
/// <see cref="InvalidDataException"/> naming the file.
/// </summary>
public static class FieldSecurityProfileXml
{
    public const string RelativePath = "Other/FieldSecurityProfiles.xml";

    public const string RootName = "FieldSecurityProfiles";

    // FieldPermissionType.Allowed and NotAllowed; the platform stores no other value.
    private const int Allowed = 4;
    private const int NotAllowed = 0;

    private static readonly string[] PermissionElements = ["EntityName", "AttributeName", "CanRead", "CanUpdate", "CanCreate"];

    /// <summary>The profiles of the unpacked solution under <paramref name="solutionFolder"/>; no file means none.</summary>
    public static ValueList<FieldSecurityProfile> ReadSolution(string solutionFolder)
    {
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");
        }

        var path = Path.Combine(solutionFolder, RelativePath);
        return File.Exists(path) ? Read(LoadRoot(path, RelativePath, RootName), RelativePath) : [];
    }

    /// <summary>Reads a <c>&lt;FieldSecurityProfiles&gt;</c> element, the file's root or the container inside customizations.xml.</summary>
    public static ValueList<FieldSecurityProfile> Read(XElement profiles, string source)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var read = new List<FieldSecurityProfile>();
        foreach (var element in profiles.Elements())
        {
            if (element.Name.LocalName != "FieldSecurityProfile")
            {
                throw Error(source, $"<{RootName}> has <{element.Name.LocalName}>; expected only <FieldSecurityProfile>");
            }

            var profile = ReadProfile(element, source);
            if (read.Find(other => other.Id == profile.Id) is { } twin)
            {
                throw Error(source, $"profiles '{twin.Name}' and '{profile.Name}' share the id {profile.Id:B}; every profile needs its own id");
            }

            read.Add(profile);
        }

        return read.ToValueList();
    }

    /// <summary>The file's bytes: UTF-8 with a byte order mark, as unpack writes the files under <c>Other/</c>.</summary>
    public static byte[] Write(IEnumerable<FieldSecurityProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return ExportXml.ToBytes(new XElement(RootName, ExportXml.XsiDeclaration, profiles.Select(ToElement)));
    }

    /// <summary>Writes the file and returns its path relative to the solution folder.</summary>
    public static string WriteTo(string solutionFolder, IEnumerable<FieldSecurityProfile> profiles) =>
        ExportXml.WriteFile(solutionFolder, RelativePath, Write(profiles));

    private static XElement ToElement(FieldSecurityProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new ArgumentException($"Field security profile {profile.Id:B} has no name.", nameof(profile));
        }

        var duplicate = profile.Permissions.GroupBy(p => (Table: p.Table.ToUpperInvariant(), Column: p.Column.ToUpperInvariant())).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Field security profile {profile.Name}: {duplicate.First().Table}.{duplicate.First().Column} is listed twice.", nameof(profile));
        }

        return new XElement(
            "FieldSecurityProfile",
            new XAttribute("name", profile.Name),
            new XAttribute("description", profile.Description),
            new XAttribute("fieldsecurityprofileid", profile.Id.ToString("B", CultureInfo.InvariantCulture)),
            new XElement(
                "FieldPermissions",
                profile.Permissions.Select(permission => new XElement(
                    "FieldPermission",
                    new XElement("EntityName", permission.Table.ToLowerInvariant()),
                    new XElement("AttributeName", permission.Column.ToLowerInvariant()),
                    Right("CanRead", permission.CanRead),
                    Right("CanUpdate", permission.CanUpdate),
                    Right("CanCreate", permission.CanCreate)))));
    }

    private static XElement Right(string name, bool allowed) => new(name, (allowed ? Allowed : NotAllowed).ToString(CultureInfo.InvariantCulture));

    private static FieldSecurityProfile ReadProfile(XElement element, string source)
    {
        var name = RequiredAttribute(element, "name", source);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Error(source, "a <FieldSecurityProfile> has an empty name");
        }

        var where = $"{source}: profile '{name}'";
        var permissions = new List<ColumnRights>();
        foreach (var permission in element.Element("FieldPermissions")?.Elements() ?? [])
        {
            if (permission.Name.LocalName != "FieldPermission")
            {
                throw Error(where, $"<FieldPermissions> has <{permission.Name.LocalName}>; expected only <FieldPermission>");
            }

            RequireOnlyKnownChildren(permission, PermissionElements, where);
            var read = new ColumnRights(
                RequiredText(permission, "EntityName", where).Trim(),
                RequiredText(permission, "AttributeName", where).Trim(),
                CanRead: Right(permission, "CanRead", where),
                CanCreate: Right(permission, "CanCreate", where),
                CanUpdate: Right(permission, "CanUpdate", where));
            if (permissions.Exists(other => string.Equals(other.Table, read.Table, StringComparison.OrdinalIgnoreCase)
                && string.Equals(other.Column, read.Column, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(where, $"{read.Table}.{read.Column} is listed twice; a profile gives each column one set of rights");
            }

            permissions.Add(read);
        }

        return new FieldSecurityProfile
        {
            Id = ParseGuid(RequiredAttribute(element, "fieldsecurityprofileid", source), $"the id of profile '{name}'", source),
            Name = name,
            Description = (string?)element.Attribute("description") ?? "",
            Permissions = permissions.ToValueList(),
        };
    }

    private static bool Right(XElement permission, string name, string where)
    {
        var value = RequiredInteger(permission, name, where);
        return value switch
        {
            Allowed => true,
            NotAllowed => false,
            _ => throw Error(where, $"<{name}> of {permission.Element("EntityName")?.Value}.{permission.Element("AttributeName")?.Value} is {value}; expected 4 (allowed) or 0 (not allowed)"),
        };
    }
}
