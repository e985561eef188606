using System;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// Makes custom columns the way the maker portal creates them in real exports (AKC, BAK): searchable in advanced find,
/// on forms and grids, introduced in 1.0.0.0. Column audit is off unless asked for, so turning table audit on later
/// records only the columns chosen for it.
/// </summary>
public static class CustomColumns
{
    /// <summary>The primary name column: required on forms, searchable and retrievable (ALM Accelerator <c>cat_Name</c>).</summary>
    public static ColumnDefinition PrimaryName(string schemaName, string displayName, string description, int maxLength) =>
        Text(schemaName, displayName, description, maxLength) with
        {
            RequiredLevel = RequirementLevel.ApplicationRequired,
            DisplayMask = ColumnMasks.PrimaryName,
            IsSearchable = true,
            IsRetrievable = true,
        };

    public static ColumnDefinition Text(string schemaName, string displayName, string description, int maxLength) =>
        Custom(schemaName, ColumnKind.Text, displayName, description) with { Format = "text", MaxLength = CheckLength(schemaName, maxLength, 4000) };

    public static ColumnDefinition Memo(string schemaName, string displayName, string description, int maxLength) =>
        Custom(schemaName, ColumnKind.Memo, displayName, description) with { Format = "textarea", MaxLength = CheckLength(schemaName, maxLength, 1_048_576) };

    /// <summary>A whole number with the full range, as the maker creates one (AKC <c>autocoe_UTCOffset</c>).</summary>
    public static ColumnDefinition WholeNumber(string schemaName, string displayName, string description) =>
        Custom(schemaName, ColumnKind.WholeNumber, displayName, description) with
        {
            ImeMode = "disabled",
            Format = "none",
            MinValue = int.MinValue,
            MaxValue = int.MaxValue,
        };

    /// <summary>
    /// A date and time stored in UTC and shown in the user's time zone. The behaviour is locked: the adoption rules
    /// read these values as instants (dataverse-facts 4.8).
    /// </summary>
    public static ColumnDefinition DateAndTime(string schemaName, string displayName, string description) =>
        Custom(schemaName, ColumnKind.DateTime, displayName, description) with { Format = "datetime", Behavior = DateBehavior.UserLocal };

    /// <summary>A calendar date with no time and no time zone conversion; locked, as day rows and leave dates depend on it (dataverse-facts 4.8).</summary>
    public static ColumnDefinition DateOnly(string schemaName, string displayName, string description) =>
        Custom(schemaName, ColumnKind.DateTime, displayName, description) with { Format = "date", Behavior = DateBehavior.DateOnly };

    public static ColumnDefinition YesNo(string schemaName, string displayName, string description, bool defaultValue = false) =>
        Custom(schemaName, ColumnKind.YesNo, displayName, description) with
        {
            AppDefaultValue = defaultValue ? 1 : 0,
            Options = [new ChoiceOption(1, "Yes"), new ChoiceOption(0, "No")],
        };

    /// <summary>A local choice with no default; each option gets the empty description exports write.</summary>
    public static ColumnDefinition Choice(string schemaName, string displayName, string description, params (int Value, string Label)[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Custom(schemaName, ColumnKind.Choice, displayName, description) with
        {
            AppDefaultValue = -1,
            Options = Array.ConvertAll(options, option => new ChoiceOption(option.Value, option.Label) { Description = "" }).ToValueList(),
        };
    }

    /// <summary>A lookup; the table it points at is named by the relationship <see cref="TableDesign"/> makes for it.</summary>
    public static ColumnDefinition Lookup(string schemaName, string displayName, string description) =>
        Custom(schemaName, ColumnKind.Lookup, displayName, description) with { LookupTypes = [] };

    /// <summary>Marks the column required on forms; the API does not enforce it (only SystemRequired is enforced).</summary>
    public static ColumnDefinition Required(this ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column with { RequiredLevel = RequirementLevel.ApplicationRequired };
    }

    /// <summary>Records changes to the column in the audit log when the table's audit is on.</summary>
    public static ColumnDefinition Audited(this ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column with { IsAuditEnabled = true };
    }

    /// <summary>
    /// Secures the column: only SYSTEM, System Administrators and holders of a field security profile that grants it read or
    /// set the value (dataverse-facts 7.1). A secured column cannot be part of an alternate key.
    /// </summary>
    public static ColumnDefinition Secured(this ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column with { IsSecured = true };
    }

    private static ColumnDefinition Custom(string schemaName, ColumnKind kind, string displayName, string description) =>
        new()
        {
            SchemaName = schemaName,
            Kind = kind,
            DisplayName = displayName,
            Description = description,
            IsAuditEnabled = false,
        };

    // Single-line text holds at most 4,000 characters, multiline 1,048,576 (dataverse-facts 4.7).
    private static int CheckLength(string schemaName, int maxLength, int limit) =>
        maxLength is > 0 && maxLength <= limit
            ? maxLength
            : throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, $"{schemaName}: a text column holds 1 to {limit} characters (dataverse-facts 4.7).");
}
