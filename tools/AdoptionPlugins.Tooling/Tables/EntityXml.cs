using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;
using static AdoptionPlugins.Tooling.Tables.ExportXml;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// Reads and writes <c>Entities/&lt;SchemaName&gt;/Entity.xml</c> with the element names and order of real exports
/// (solution-format 3; AKC <c>autocoe_AutomationScheduleItem</c>, the newest full sample). Table flags the model does not keep
/// are written with the values a new custom table gets and ignored when read.
/// </summary>
public static class EntityXml
{
    public const string Folder = "Entities";

    /// <summary>Owner columns list these object type codes: 8 user, 9 team.</summary>
    private const string EmptyObjectTypeId = "00000000-0000-0000-0000-000000000000";

    private static readonly Dictionary<ColumnKind, string> TypeNames = new()
    {
        [ColumnKind.PrimaryKey] = "primarykey",
        [ColumnKind.Text] = "nvarchar",
        [ColumnKind.Memo] = "ntext",
        [ColumnKind.WholeNumber] = "int",
        [ColumnKind.DateTime] = "datetime",
        [ColumnKind.YesNo] = "bit",
        [ColumnKind.Choice] = "picklist",
        [ColumnKind.Lookup] = "lookup",
        [ColumnKind.Owner] = "owner",
        [ColumnKind.State] = "state",
        [ColumnKind.Status] = "status",
    };

    private static readonly Dictionary<RequirementLevel, string> LevelNames = new()
    {
        [RequirementLevel.None] = "none",
        [RequirementLevel.Recommended] = "recommended",
        [RequirementLevel.ApplicationRequired] = "required",
        [RequirementLevel.SystemRequired] = "systemrequired",
    };

    private static readonly Dictionary<string, ColumnKind> KindsByTypeName = TypeNames.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    private static readonly Dictionary<string, RequirementLevel> LevelsByName = LevelNames.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The path of a table's Entity.xml relative to the solution folder.</summary>
    public static string RelativePathOf(string schemaName) => $"{Folder}/{schemaName}/Entity.xml";

    /// <summary>Reads one Entity.xml; <paramref name="source"/> is the path shown in errors. Views are read by <see cref="SavedQueryXml"/>.</summary>
    public static TableDefinition ReadFile(string path, string source) => Read(LoadRoot(path, source, "Entity"), source);

    /// <summary>Reads an <c>&lt;Entity&gt;</c> element, from Entity.xml or from a packed customizations.xml.</summary>
    public static TableDefinition Read(XElement entity, string source)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var schemaName = RequiredText(entity, "Name", source).Trim();
        var info = entity.Element("EntityInfo")?.Element("entity")
            ?? throw Error(source, "<EntityInfo><entity> is missing; the file describes no table");
        var infoName = RequiredAttribute(info, "Name", source);
        if (!string.Equals(infoName, schemaName, StringComparison.Ordinal))
        {
            throw Error(source, $"<Name> says {schemaName} but <entity Name> says {infoName}; they name the same table");
        }

        var tableSource = $"{source}: table {schemaName}";
        return new TableDefinition
        {
            SchemaName = schemaName,
            DisplayName = LabelText(info, "LocalizedNames") ?? schemaName,
            PluralName = LabelText(info, "LocalizedCollectionNames") ?? schemaName,
            Description = LabelText(info, "Descriptions") ?? "",
            EntitySetName = Text(info, "EntitySetName") ?? "",
            Ownership = ParseName<TableOwnership>(RequiredText(info, "OwnershipTypeMask", tableSource), "<OwnershipTypeMask>", tableSource),
            Columns = (info.Element("attributes")?.Elements("attribute") ?? []).Select(column => ReadColumn(column, tableSource)).ToValueList(),
            Keys = (info.Element("EntityKeys")?.Elements("EntityKey") ?? []).Select(key => ReadKey(key, tableSource)).ToValueList(),
            IsAuditEnabled = Flag(info, "IsAuditEnabled", tableSource, fallback: false),
            ChangeTrackingEnabled = Flag(info, "ChangeTrackingEnabled", tableSource, fallback: false),
            HasVisualizations = entity.Element("Visualizations") is not null,
            IntroducedVersion = Text(info, "IntroducedVersion") ?? "1.0",
            IsCustomizable = Flag(info, "IsCustomizable", tableSource, fallback: true),
        };
    }

    /// <summary>The file's bytes: the same table always gives the same bytes. Columns are written in export order whatever the model's order.</summary>
    public static byte[] Write(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var entity = new XElement(
            "entity",
            new XAttribute("Name", table.SchemaName),
            Labels("LocalizedNames", "LocalizedName", table.DisplayName),
            Labels("LocalizedCollectionNames", "LocalizedCollectionName", table.PluralName),
            Labels("Descriptions", "Description", table.Description),
            new XElement("attributes", ExportOrder(table.Columns).Select(column => WriteColumn(table, column))),
            table.Keys.Count == 0 ? null : new XElement("EntityKeys", table.Keys.Select(WriteKey)),
            TableSettings(table));
        return ToBytes(new XElement(
            "Entity",
            XsiDeclaration,
            new XElement("Name", new XAttribute("LocalizedName", table.DisplayName), new XAttribute("OriginalName", table.DisplayName), table.SchemaName),
            new XElement("EntityInfo", entity),
            new XElement("FormXml"),
            new XElement("SavedQueries"),
            table.HasVisualizations ? new XElement("Visualizations") : null,
            new XElement("RibbonDiffXml")));
    }

    /// <summary>Exports list columns by schema name ignoring case (<c>autocoe_UTCOffset</c> before <c>CreatedBy</c>, <c>statecode</c> before <c>TimeZoneRuleVersionNumber</c>).</summary>
    public static IEnumerable<ColumnDefinition> ExportOrder(IEnumerable<ColumnDefinition> columns) =>
        columns.OrderBy(column => column.SchemaName, StringComparer.OrdinalIgnoreCase);

    public static string TypeNameOf(ColumnKind kind) => TypeNames[kind];

    // The table flags after the keys, in export order; the ones the model keeps come from the table, the rest are a new custom table's.
    private static IEnumerable<XElement> TableSettings(TableDefinition table)
    {
        static string OneOrZero(bool value) => value ? "1" : "0";
        (string Name, string Value)[] settings =
        [
            ("EntitySetName", table.EntitySetName), ("IsDuplicateCheckSupported", "1"), ("IsBusinessProcessEnabled", "0"),
            ("IsRequiredOffline", "0"), ("IsInteractionCentricEnabled", "0"), ("IsCollaboration", "0"), ("AutoRouteToOwnerQueue", "0"),
            ("IsConnectionsEnabled", "0"), ("IsDocumentManagementEnabled", "0"), ("AutoCreateAccessTeams", "0"),
            ("IsOneNoteIntegrationEnabled", "0"), ("IsKnowledgeManagementEnabled", "0"), ("IsSLAEnabled", "0"),
            ("IsDocumentRecommendationsEnabled", "0"), ("IsBPFEntity", "0"), ("OwnershipTypeMask", table.Ownership.ToString()),
            ("IsAuditEnabled", OneOrZero(table.IsAuditEnabled)), ("IsRetrieveAuditEnabled", "0"), ("IsRetrieveMultipleAuditEnabled", "0"),
            ("IsActivity", "0"), ("ActivityTypeMask", ""), ("IsActivityParty", "0"), ("IsReplicated", "0"),
            ("IsReplicationUserFiltered", "0"), ("IsMailMergeEnabled", "1"), ("IsVisibleInMobile", "0"), ("IsVisibleInMobileClient", "0"),
            ("IsReadOnlyInMobileClient", "0"), ("IsOfflineInMobileClient", "0"), ("DaysSinceRecordLastModified", "0"),
            ("MobileOfflineFilters", ""), ("IsMapiGridEnabled", "1"), ("IsReadingPaneEnabled", "1"), ("IsQuickCreateEnabled", "0"),
            ("SyncToExternalSearchIndex", "0"), ("IntroducedVersion", table.IntroducedVersion), ("IsCustomizable", OneOrZero(table.IsCustomizable)),
            ("IsRenameable", "1"), ("IsMappable", "1"), ("CanModifyAuditSettings", "1"), ("CanModifyMobileVisibility", "1"),
            ("CanModifyMobileClientVisibility", "1"), ("CanModifyMobileClientReadOnly", "1"), ("CanModifyMobileClientOffline", "1"),
            ("CanModifyConnectionSettings", "1"), ("CanModifyDuplicateDetectionSettings", "1"), ("CanModifyMailMergeSettings", "1"),
            ("CanModifyQueueSettings", "1"), ("CanCreateAttributes", "1"), ("CanCreateForms", "1"), ("CanCreateCharts", "1"),
            ("CanCreateViews", "1"), ("CanModifyAdditionalSettings", "1"), ("CanEnableSyncToExternalSearchIndex", "1"),
            ("EnforceStateTransitions", "0"), ("CanChangeHierarchicalRelationship", "1"), ("EntityHelpUrlEnabled", "0"),
            ("ChangeTrackingEnabled", OneOrZero(table.ChangeTrackingEnabled)), ("CanChangeTrackingBeEnabled", "1"),
            ("IsEnabledForExternalChannels", "0"), ("IsMSTeamsIntegrationEnabled", "0"), ("IsSolutionAware", "0"),
        ];
        return settings.Select(setting => Element(setting.Name, setting.Value));
    }

    private static XElement WriteColumn(TableDefinition table, ColumnDefinition column)
    {
        var what = $"{table.SchemaName}.{column.SchemaName}";
        return new XElement(
            "attribute",
            new XAttribute("PhysicalName", column.SchemaName),
            Element("Type", TypeNames[column.Kind]),
            Element("Name", column.LogicalName),
            Element("LogicalName", column.LogicalName),
            Element("RequiredLevel", LevelNames[column.RequiredLevel]),
            Optional("DisplayMask", column.DisplayMask),
            Optional("ImeMode", column.ImeMode),
            Bit("ValidForUpdateApi", column.IsValidForUpdate),
            Bit("ValidForReadApi", column.IsValidForRead),
            Bit("ValidForCreateApi", column.IsValidForCreate),
            Bit("IsCustomField", column.IsCustomField),
            Bit("IsAuditEnabled", column.IsAuditEnabled),
            column.IsLogical ? Bit("IsLogical", true) : null,
            Bit("IsSecured", column.IsSecured),
            Element("IntroducedVersion", column.IntroducedVersion),
            Bit("IsCustomizable", true),
            Bit("IsRenameable", true),
            Bit("CanModifySearchSettings", true),
            Bit("CanModifyRequirementLevelSettings", column.CanModifyRequirementLevelSettings),
            Bit("CanModifyAdditionalSettings", true),
            Number("SourceType", column.SourceType),
            Bit("IsGlobalFilterEnabled", false),
            Bit("IsSortableEnabled", false),
            Bit("CanModifyGlobalFilterSettings", true),
            Bit("CanModifyIsSortableSettings", true),
            Bit("IsDataSourceSecret", false),
            Element("AutoNumberFormat", column.AutoNumberFormat),
            Bit("IsSearchable", column.IsSearchable),
            Bit("IsFilterable", column.IsFilterable),
            Bit("IsRetrievable", column.IsRetrievable),
            Bit("IsLocalizable", false),
            TypeSpecific(column, what),
            Labels("displaynames", "displayname", column.DisplayName),
            Labels("Descriptions", "Description", column.Description),
            Optional("FormulaDefinitionFileName", column.FormulaDefinitionFileName));
    }

    private static IEnumerable<XElement> TypeSpecific(ColumnDefinition column, string what)
    {
        switch (column.Kind)
        {
            case ColumnKind.Text:
                var length = column.MaxLength ?? throw InvalidDefinition(what, "a text column needs a MaxLength");
                return [Element("Format", column.Format ?? "text"), Number("MaxLength", length), Number("Length", 2L * length)];
            case ColumnKind.Memo:
                // No sample holds a multiline column; this shape (format textarea, no byte length) is UNVERIFIED against an export.
                return [Element("Format", column.Format ?? "textarea"), Number("MaxLength", column.MaxLength ?? throw InvalidDefinition(what, "a multiline column needs a MaxLength"))];
            case ColumnKind.WholeNumber:
                return [Element("Format", column.Format ?? "none"), Number("MinValue", column.MinValue ?? int.MinValue), Number("MaxValue", column.MaxValue ?? int.MaxValue)];
            case ColumnKind.DateTime:
                var behavior = column.Behavior ?? throw InvalidDefinition(what, "a date and time column needs a Behavior");
                return
                [
                    Element("Format", column.Format ?? (behavior == DateBehavior.DateOnly ? "date" : "datetime")),
                    Bit("CanChangeDateTimeBehavior", column.CanChangeDateTimeBehavior),
                    Number("Behavior", (int)behavior),
                ];
            case ColumnKind.YesNo:
                return [Number("AppDefaultValue", column.AppDefaultValue ?? 0), OptionSet(column, what, "bit")];
            case ColumnKind.Choice:
                return column.IsGlobalChoice
                    ? [Number("AppDefaultValue", column.AppDefaultValue ?? -1), Element("OptionSetName", column.OptionSetName ?? throw InvalidDefinition(what, "a global choice needs an OptionSetName"))]
                    : [Number("AppDefaultValue", column.AppDefaultValue ?? -1), OptionSet(column, what, "picklist")];
            case ColumnKind.Lookup:
            case ColumnKind.Owner:
                return
                [
                    Element("LookupStyle", "single"),
                    new XElement("LookupTypes", column.LookupTypes.Select(code => new XElement("LookupType", new XAttribute("id", EmptyObjectTypeId), Number(code)))),
                ];
            case ColumnKind.State:
                return [OptionSet(column, what, "state")];
            case ColumnKind.Status:
                return [OptionSet(column, what, "status")];
            default:
                return [];
        }
    }

    private static XElement OptionSet(ColumnDefinition column, string what, string type)
    {
        if (column.Options.Count == 0)
        {
            throw InvalidDefinition(what, $"a {type} column needs its options");
        }

        var isStateOrStatus = type is "state" or "status";
        return new XElement(
            "optionset",
            new XAttribute("Name", column.OptionSetName ?? throw InvalidDefinition(what, $"a {type} column needs an OptionSetName")),
            Element("OptionSetType", type),
            Element("IntroducedVersion", column.IntroducedVersion),
            Bit("IsCustomizable", true),
            isStateOrStatus ? null : Element("ExternalTypeName", ""),
            Labels("displaynames", "displayname", column.DisplayName),
            Labels("Descriptions", "Description", column.Description),
            type switch
            {
                "state" => new XElement("states", column.Options.Select(State)),
                "status" => new XElement("statuses", column.Options.Select(Status)),
                _ => new XElement("options", column.Options.Select(Option)),
            });
    }

    private static XElement Option(ChoiceOption option) =>
        new(
            "option",
            new XAttribute("value", option.Value),
            new XAttribute("ExternalValue", ""),
            new XAttribute("IsHidden", "0"),
            Labels("labels", "label", option.Label),
            option.Description is null ? null : Labels("Descriptions", "Description", option.Description));

    private static XElement State(ChoiceOption option) =>
        new(
            "state",
            new XAttribute("value", option.Value),
            new XAttribute("defaultstatus", option.DefaultStatus ?? throw InvalidDefinition($"state {option.Value}", "a state needs its default status")),
            new XAttribute("invariantname", option.InvariantName ?? option.Label),
            Labels("labels", "label", option.Label));

    private static XElement Status(ChoiceOption option) =>
        new(
            "status",
            new XAttribute("value", option.Value),
            new XAttribute("state", option.State ?? throw InvalidDefinition($"status {option.Value}", "a status needs its state")),
            Labels("labels", "label", option.Label));

    private static XElement WriteKey(AlternateKeyDefinition key) =>
        new(
            "EntityKey",
            Element("Name", key.SchemaName),
            Element("LogicalName", key.LogicalName),
            Element("IntroducedVersion", key.IntroducedVersion),
            Bit("IsCustomizable", key.IsCustomizable),
            new XElement("EntityKeyAttributes", key.Columns.Select(column => Element("AttributeName", column))),
            Labels("displaynames", "displayname", key.DisplayName));

    private static ColumnDefinition ReadColumn(XElement attribute, string tableSource)
    {
        var schemaName = RequiredAttribute(attribute, "PhysicalName", tableSource);
        var source = $"{tableSource}, column {schemaName}";
        var typeName = RequiredText(attribute, "Type", source);
        if (!KindsByTypeName.TryGetValue(typeName, out var kind))
        {
            throw Error(source, $"<Type> is '{typeName}', which this reader does not support; it reads {string.Join(", ", TypeNames.Values)}");
        }

        var logicalName = RequiredText(attribute, "LogicalName", source);
        if (!string.Equals(logicalName, schemaName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw Error(source, $"<LogicalName> is '{logicalName}'; a column's logical name is its schema name in lower case ('{schemaName.ToLowerInvariant()}')");
        }

        var optionSet = attribute.Element("optionset");
        return new ColumnDefinition
        {
            SchemaName = schemaName,
            Kind = kind,
            DisplayName = LabelText(attribute, "displaynames") ?? schemaName,
            Description = LabelText(attribute, "Descriptions") ?? "",
            RequiredLevel = ReadLevel(RequiredText(attribute, "RequiredLevel", source), source),
            DisplayMask = Text(attribute, "DisplayMask"),
            ImeMode = Text(attribute, "ImeMode"),
            IsValidForCreate = RegistrationXml.Flag(attribute, "ValidForCreateApi", source, fallback: true),
            IsValidForUpdate = RegistrationXml.Flag(attribute, "ValidForUpdateApi", source, fallback: true),
            IsValidForRead = RegistrationXml.Flag(attribute, "ValidForReadApi", source, fallback: true),
            IsCustomField = RegistrationXml.Flag(attribute, "IsCustomField", source, fallback: false),
            IsAuditEnabled = RegistrationXml.Flag(attribute, "IsAuditEnabled", source, fallback: false),
            IsLogical = RegistrationXml.Flag(attribute, "IsLogical", source, fallback: false),
            IsSecured = RegistrationXml.Flag(attribute, "IsSecured", source, fallback: false),
            IntroducedVersion = Text(attribute, "IntroducedVersion") ?? "1.0",
            CanModifyRequirementLevelSettings = RegistrationXml.Flag(attribute, "CanModifyRequirementLevelSettings", source, fallback: true),
            SourceType = Integer(attribute, "SourceType", source, 0),
            IsSearchable = RegistrationXml.Flag(attribute, "IsSearchable", source, fallback: false),
            IsFilterable = RegistrationXml.Flag(attribute, "IsFilterable", source, fallback: false),
            IsRetrievable = RegistrationXml.Flag(attribute, "IsRetrievable", source, fallback: false),
            AutoNumberFormat = Text(attribute, "AutoNumberFormat") ?? "",
            Format = Text(attribute, "Format"),
            MaxLength = OptionalInt(attribute, "MaxLength", source),
            MinValue = OptionalLong(attribute, "MinValue", source),
            MaxValue = OptionalLong(attribute, "MaxValue", source),
            Behavior = OptionalInt(attribute, "Behavior", source) is { } behavior ? ReadBehavior(behavior, source) : null,
            CanChangeDateTimeBehavior = RegistrationXml.Flag(attribute, "CanChangeDateTimeBehavior", source, fallback: false),
            AppDefaultValue = OptionalInt(attribute, "AppDefaultValue", source),
            OptionSetName = optionSet?.Attribute("Name")?.Value ?? Text(attribute, "OptionSetName"),
            IsGlobalChoice = optionSet is null && Text(attribute, "OptionSetName") is not null,
            Options = optionSet is null ? [] : ReadOptions(optionSet, source),
            LookupTypes = (attribute.Element("LookupTypes")?.Elements("LookupType") ?? [])
                .Select(type => ParseInt(type.Value, "<LookupType>", source))
                .ToValueList(),
            FormulaDefinitionFileName = Text(attribute, "FormulaDefinitionFileName"),
        };
    }

    private static RequirementLevel ReadLevel(string text, string source) =>
        LevelsByName.TryGetValue(text, out var level)
            ? level
            : throw Error(source, $"<RequiredLevel> is '{text}'; expected one of {string.Join(", ", LevelNames.Values)}");

    private static DateBehavior ReadBehavior(int value, string source) =>
        Enum.IsDefined((DateBehavior)value)
            ? (DateBehavior)value
            : throw Error(source, $"<Behavior> is {value}; expected 1 (user local), 2 (date only) or 3 (time zone independent)");

    private static ValueList<ChoiceOption> ReadOptions(XElement optionSet, string source)
    {
        var list = optionSet.Element("options") ?? optionSet.Element("states") ?? optionSet.Element("statuses");
        return (list?.Elements() ?? []).Select(option => ReadOption(option, source)).ToValueList();
    }

    private static ChoiceOption ReadOption(XElement option, string source)
    {
        var value = RequiredIntAttribute(option, "value", source);
        var optionSource = $"{source}, option {value}";
        return new ChoiceOption(value, LabelText(option, "labels") ?? "")
        {
            Description = LabelText(option, "Descriptions"),
            State = option.Attribute("state") is null ? null : RequiredIntAttribute(option, "state", optionSource),
            DefaultStatus = option.Attribute("defaultstatus") is null ? null : RequiredIntAttribute(option, "defaultstatus", optionSource),
            InvariantName = option.Attribute("invariantname")?.Value,
        };
    }

    private static AlternateKeyDefinition ReadKey(XElement key, string tableSource)
    {
        var name = RequiredText(key, "Name", tableSource);
        var source = $"{tableSource}, key {name}";
        var columns = (key.Element("EntityKeyAttributes")?.Elements("AttributeName") ?? []).Select(column => column.Value).ToValueList();
        return columns.Count is 0 or > 16
            ? throw Error(source, $"the key has {columns.Count} columns; a key has 1 to 16 (dataverse-facts 4.1)")
            : new AlternateKeyDefinition
            {
                SchemaName = name,
                DisplayName = LabelText(key, "displaynames") ?? name,
                Columns = columns,
                IntroducedVersion = Text(key, "IntroducedVersion") ?? "1.0",
                IsCustomizable = RegistrationXml.Flag(key, "IsCustomizable", source, fallback: false),
            };
    }
}
