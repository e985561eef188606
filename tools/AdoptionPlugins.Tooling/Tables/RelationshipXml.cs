using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;
using static AdoptionPlugins.Tooling.Tables.ExportXml;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// Reads and writes <c>Other/Relationships/&lt;ReferencedTable&gt;.xml</c> (one-to-many relationships grouped by the "one" table,
/// AKM <c>SystemUser.xml</c>) and the name list <c>Other/Relationships.xml</c>, in export order: by name, ignoring case.
/// </summary>
public static class RelationshipXml
{
    public const string Folder = "Other/Relationships";

    public const string ListPath = "Other/Relationships.xml";

    public static string RelativePathOf(string referencedTable) => $"{Folder}/{referencedTable}.xml";

    /// <summary>Relationships in the order exports write them.</summary>
    public static IEnumerable<RelationshipDefinition> ExportOrder(IEnumerable<RelationshipDefinition> relationships) =>
        relationships.OrderBy(relationship => relationship.SchemaName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads one grouped file; every relationship in it must reference the table the file is named after.</summary>
    public static ValueList<RelationshipDefinition> ReadFile(string path, string source)
    {
        var root = LoadRoot(path, source, "EntityRelationships");
        var referenced = System.IO.Path.GetFileNameWithoutExtension(path);
        var relationships = root.Elements("EntityRelationship").Select(element => Read(element, source)).ToValueList();
        var misplaced = relationships.FirstOrDefault(relationship => !string.Equals(relationship.ReferencedTable, referenced, StringComparison.OrdinalIgnoreCase));
        return misplaced is null
            ? relationships
            : throw Error(source, $"relationship {misplaced.SchemaName} references {misplaced.ReferencedTable}; it belongs in {RelativePathOf(misplaced.ReferencedTable)}");
    }

    /// <summary>Reads the names <c>Other/Relationships.xml</c> lists.</summary>
    public static ValueList<string> ReadList(string path, string source) =>
        LoadRoot(path, source, "EntityRelationships").Elements("EntityRelationship")
            .Select(element => RequiredAttribute(element, "Name", source))
            .ToValueList();

    public static RelationshipDefinition Read(XElement relationship, string source)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var name = RequiredAttribute(relationship, "Name", source);
        var itemSource = $"{source}: relationship {name}";
        var type = RequiredText(relationship, "EntityRelationshipType", itemSource);
        if (type != "OneToMany")
        {
            throw Error(itemSource, $"<EntityRelationshipType> is {type}; this reader supports one-to-many relationships only");
        }

        var roles = relationship.Element("EntityRelationshipRoles")?.Elements("EntityRelationshipRole").ToArray() ?? [];
        return new RelationshipDefinition
        {
            SchemaName = name,
            ReferencedTable = RequiredText(relationship, "ReferencedEntityName", itemSource),
            ReferencingTable = RequiredText(relationship, "ReferencingEntityName", itemSource),
            ReferencingColumn = RequiredText(relationship, "ReferencingAttributeName", itemSource),
            CascadeAssign = Cascade(relationship, "CascadeAssign", itemSource) ?? CascadeType.NoCascade,
            CascadeDelete = Cascade(relationship, "CascadeDelete", itemSource) ?? CascadeType.NoCascade,
            CascadeArchive = Cascade(relationship, "CascadeArchive", itemSource) ?? CascadeType.NoCascade,
            CascadeReparent = Cascade(relationship, "CascadeReparent", itemSource) ?? CascadeType.NoCascade,
            CascadeShare = Cascade(relationship, "CascadeShare", itemSource) ?? CascadeType.NoCascade,
            CascadeUnshare = Cascade(relationship, "CascadeUnshare", itemSource) ?? CascadeType.NoCascade,
            CascadeRollupView = Cascade(relationship, "CascadeRollupView", itemSource),
            IsValidForAdvancedFind = Text(relationship, "IsValidForAdvancedFind") is null ? null : Flag(relationship, "IsValidForAdvancedFind", itemSource, fallback: false),
            IsCustomizable = Flag(relationship, "IsCustomizable", itemSource, fallback: true),
            IsHierarchical = Flag(relationship, "IsHierarchical", itemSource, fallback: false),
            IntroducedVersion = Text(relationship, "IntroducedVersion") ?? "1.0",
            Description = relationship.Element("RelationshipDescription") is { } description ? LabelText(description, "Descriptions") ?? "" : "",
            ReferencingNavigationProperty = NavigationProperty(roles, "1"),
            ReferencedNavigationProperty = NavigationProperty(roles, "0"),
        };
    }

    /// <summary>The grouped file for one referenced table.</summary>
    public static byte[] WriteFile(IEnumerable<RelationshipDefinition> relationships) =>
        ToBytes(new XElement("EntityRelationships", XsiDeclaration, ExportOrder(relationships).Select(Write)));

    /// <summary><c>Other/Relationships.xml</c>: every relationship's name.</summary>
    public static byte[] WriteList(IEnumerable<RelationshipDefinition> relationships) =>
        ToBytes(new XElement(
            "EntityRelationships",
            XsiDeclaration,
            ExportOrder(relationships).Select(relationship => new XElement("EntityRelationship", new XAttribute("Name", relationship.SchemaName)))));

    private static XElement Write(RelationshipDefinition relationship) =>
        new(
            "EntityRelationship",
            new XAttribute("Name", relationship.SchemaName),
            Element("EntityRelationshipType", "OneToMany"),
            Bit("IsCustomizable", relationship.IsCustomizable),
            Element("IntroducedVersion", relationship.IntroducedVersion),
            Bit("IsHierarchical", relationship.IsHierarchical),
            Element("ReferencingEntityName", relationship.ReferencingTable),
            Element("ReferencedEntityName", relationship.ReferencedTable),
            Element("CascadeAssign", relationship.CascadeAssign.ToString()),
            Element("CascadeDelete", relationship.CascadeDelete.ToString()),
            Element("CascadeArchive", relationship.CascadeArchive.ToString()),
            Element("CascadeReparent", relationship.CascadeReparent.ToString()),
            Element("CascadeShare", relationship.CascadeShare.ToString()),
            Element("CascadeUnshare", relationship.CascadeUnshare.ToString()),
            Optional("CascadeRollupView", relationship.CascadeRollupView?.ToString()),
            relationship.IsValidForAdvancedFind is { } validForAdvancedFind ? Bit("IsValidForAdvancedFind", validForAdvancedFind) : null,
            Element("ReferencingAttributeName", relationship.ReferencingColumn),
            new XElement("RelationshipDescription", Labels("Descriptions", "Description", relationship.Description)),
            Roles(relationship));

    // Custom lookups export both navigation properties; the "many" side carries the navigation pane settings (AKM SystemUser.xml).
    private static XElement? Roles(RelationshipDefinition relationship) =>
        relationship.ReferencingNavigationProperty is null || relationship.ReferencedNavigationProperty is null
            ? null
            : new XElement(
                "EntityRelationshipRoles",
                new XElement(
                    "EntityRelationshipRole",
                    Element("NavPaneDisplayOption", "UseCollectionName"),
                    Element("NavPaneArea", "Details"),
                    Number("NavPaneOrder", 10000),
                    Element("NavigationPropertyName", relationship.ReferencingNavigationProperty),
                    Number("RelationshipRoleType", 1)),
                new XElement(
                    "EntityRelationshipRole",
                    Element("NavigationPropertyName", relationship.ReferencedNavigationProperty),
                    Number("RelationshipRoleType", 0)));

    private static CascadeType? Cascade(XElement relationship, string name, string source) =>
        Text(relationship, name) is { } text ? ParseName<CascadeType>(text, $"<{name}>", source) : null;

    private static string? NavigationProperty(XElement[] roles, string roleType) =>
        roles.FirstOrDefault(role => Text(role, "RelationshipRoleType") == roleType) is { } role ? Text(role, "NavigationPropertyName") : null;
}
