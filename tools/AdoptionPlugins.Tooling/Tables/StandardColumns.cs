using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The columns Dataverse gives every new user-owned table, with the flags and texts a real export lists for them
/// (AKC <c>autocoe_AutomationScheduleItem</c>): primary key, audit stamps, ownership, state and status, time zone columns.
/// </summary>
public static class StandardColumns
{
    public const string ActiveState = "Active";

    public const string InactiveState = "Inactive";

    /// <summary>The primary key and the system columns of a user-owned table.</summary>
    public static IEnumerable<ColumnDefinition> ForUserOwned(string tableSchemaName, string tableDisplayName)
    {
        yield return System($"{tableSchemaName}Id", ColumnKind.PrimaryKey, tableDisplayName, "Unique identifier for entity instances") with
        {
            RequiredLevel = RequirementLevel.SystemRequired,
            DisplayMask = ColumnMasks.PrimaryKey,
            IsValidForCreate = true,
            CanModifyRequirementLevelSettings = false,
            IsFilterable = true,
            IsRetrievable = true,
        };
        yield return UserStamp("CreatedBy", "Created By", "Unique identifier of the user who created the record.");
        yield return TimeStamp("CreatedOn", "Created On", "Date and time when the record was created.");
        yield return UserStamp("CreatedOnBehalfBy", "Created By (Delegate)", "Unique identifier of the delegate user who created the record.");
        yield return System("ImportSequenceNumber", ColumnKind.WholeNumber, "Import Sequence Number", "Sequence number of the import that created this record.") with
        {
            DisplayMask = ColumnMasks.AdvancedFindOnly,
            ImeMode = "disabled",
            IsValidForCreate = true,
            IsAuditEnabled = true,
            Format = "",
            MinValue = int.MinValue,
            MaxValue = int.MaxValue,
        };
        yield return UserStamp("ModifiedBy", "Modified By", "Unique identifier of the user who modified the record.");
        yield return TimeStamp("ModifiedOn", "Modified On", "Date and time when the record was modified.");
        yield return UserStamp("ModifiedOnBehalfBy", "Modified By (Delegate)", "Unique identifier of the delegate user who modified the record.");
        yield return System("OverriddenCreatedOn", ColumnKind.DateTime, "Record Created On", "Date and time that the record was migrated.") with
        {
            DisplayMask = ColumnMasks.AdvancedFindAndGrid,
            ImeMode = "inactive",
            IsValidForCreate = true,
            IsAuditEnabled = true,
            Format = "date",
            Behavior = DateBehavior.UserLocal,
        };
        yield return System("OwnerId", ColumnKind.Owner, "Owner", "Owner Id") with
        {
            RequiredLevel = RequirementLevel.SystemRequired,
            DisplayMask = ColumnMasks.Owner,
            IsValidForCreate = true,
            IsValidForUpdate = true,
            IsAuditEnabled = true,
            IsFilterable = true,
            LookupTypes = [8, 9],
        };
        yield return System("OwningBusinessUnit", ColumnKind.Lookup, "Owning Business Unit", "Unique identifier for the business unit that owns the record") with
        {
            IsAuditEnabled = true,
            IsFilterable = true,
        };
        yield return System("OwningTeam", ColumnKind.Lookup, "Owning Team", "Unique identifier for the team that owns the record.") with { DisplayMask = null, IsLogical = true };
        yield return System("OwningUser", ColumnKind.Lookup, "Owning User", "Unique identifier for the user that owns the record.") with { DisplayMask = null, IsLogical = true };
        yield return System("statecode", ColumnKind.State, "Status", $"Status of the {tableDisplayName}") with
        {
            RequiredLevel = RequirementLevel.SystemRequired,
            IsValidForUpdate = true,
            IsAuditEnabled = true,
            IsFilterable = true,
            OptionSetName = $"{tableSchemaName.ToLowerInvariant()}_statecode",
            Options =
            [
                new ChoiceOption(0, ActiveState) { DefaultStatus = 1, InvariantName = ActiveState },
                new ChoiceOption(1, InactiveState) { DefaultStatus = 2, InvariantName = InactiveState },
            ],
        };
        yield return System("statuscode", ColumnKind.Status, "Status Reason", $"Reason for the status of the {tableDisplayName}") with
        {
            IsValidForCreate = true,
            IsValidForUpdate = true,
            IsAuditEnabled = true,
            OptionSetName = $"{tableSchemaName.ToLowerInvariant()}_statuscode",
            Options = [new ChoiceOption(1, ActiveState) { State = 0 }, new ChoiceOption(2, InactiveState) { State = 1 }],
        };
        yield return TimeZoneCode("TimeZoneRuleVersionNumber", "Time Zone Rule Version Number", "For internal use only.");
        yield return TimeZoneCode("UTCConversionTimeZoneCode", "UTC Conversion Time Zone Code", "Time zone code that was in use when the record was created.");
    }

    // What every system column shares: not custom, not audited, read-only, introduced with the platform (1.0).
    private static ColumnDefinition System(string schemaName, ColumnKind kind, string displayName, string description) =>
        new()
        {
            SchemaName = schemaName,
            Kind = kind,
            DisplayName = displayName,
            Description = description,
            IsCustomField = false,
            IsAuditEnabled = false,
            IsValidForCreate = false,
            IsValidForUpdate = false,
            IntroducedVersion = "1.0",
        };

    private static ColumnDefinition UserStamp(string schemaName, string displayName, string description) =>
        System(schemaName, ColumnKind.Lookup, displayName, description);

    private static ColumnDefinition TimeStamp(string schemaName, string displayName, string description) =>
        System(schemaName, ColumnKind.DateTime, displayName, description) with
        {
            ImeMode = "inactive",
            IsFilterable = true,
            IsRetrievable = true,
            Format = "datetime",
            Behavior = DateBehavior.UserLocal,
        };

    private static ColumnDefinition TimeZoneCode(string schemaName, string displayName, string description) =>
        System(schemaName, ColumnKind.WholeNumber, displayName, description) with
        {
            DisplayMask = null,
            IsValidForCreate = true,
            IsValidForUpdate = true,
            Format = "",
            MinValue = -1,
            MaxValue = int.MaxValue,
        };
}
