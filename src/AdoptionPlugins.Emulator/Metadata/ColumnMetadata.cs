using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>One column of a table: its type and the rules the platform applies to values written to it.</summary>
public sealed record ColumnMetadata
{
    public ColumnMetadata(string logicalName, ColumnType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalName);
        LogicalName = logicalName;
        Type = type;
    }

    public string LogicalName { get; }

    public ColumnType Type { get; }

    public int? MaxLength { get; init; }

    public RequiredLevel RequiredLevel { get; init; }

    // A value sent for a column that is not valid for the operation is ignored, not rejected (entity-attribute-metadata.md, "Supported operations").
    public bool IsValidForCreate { get; init; } = true;

    public bool IsValidForUpdate { get; init; } = true;

    public DateTimeBehavior DateTimeBehavior { get; init; }

    // Column-level security: only SYSTEM, System Administrators and field security profiles that grant it see or set the value (dataverse-facts 7.1).
    public bool IsSecured { get; init; }

    public IReadOnlyList<string> Targets { get; init; } = [];

    // Empty means any value is accepted (used where the option set is not declared here).
    public IReadOnlyList<int> AllowedValues { get; init; } = [];

    // Stored on create when the caller sends no value, as the platform does for defaulted booleans and choices.
    public object? DefaultValue { get; init; }

    // The activityparty participationtypemask of a party-list column: 1 Sender, 2 To, 3 CC, 4 BCC, 5 Required attendee … (dataverse-facts 5.1).
    public int? ParticipationType { get; init; }

    public bool IsLookup => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;

    public bool IsChoice => Type is ColumnType.Picklist or ColumnType.State or ColumnType.Status;

    public bool IsText => Type is ColumnType.String or ColumnType.Memo;

    // Single-line text allows at most 4,000 characters, multiline 1,048,576 (dataverse-facts 4.7).
    public static ColumnMetadata Text(string logicalName, int maxLength = 100) =>
        new(logicalName, ColumnType.String) { MaxLength = Math.Clamp(maxLength, 1, 4000) };

    public static ColumnMetadata Memo(string logicalName, int maxLength = 2000) =>
        new(logicalName, ColumnType.Memo) { MaxLength = Math.Clamp(maxLength, 1, 1_048_576) };

    public static ColumnMetadata WholeNumber(string logicalName) => new(logicalName, ColumnType.Integer);

    public static ColumnMetadata BigNumber(string logicalName) => new(logicalName, ColumnType.BigInt);

    public static ColumnMetadata DecimalNumber(string logicalName) => new(logicalName, ColumnType.Decimal);

    public static ColumnMetadata FloatNumber(string logicalName) => new(logicalName, ColumnType.Double);

    public static ColumnMetadata Currency(string logicalName) => new(logicalName, ColumnType.Money);

    public static ColumnMetadata YesNo(string logicalName, bool defaultValue = false) =>
        new(logicalName, ColumnType.Boolean) { DefaultValue = defaultValue };

    public static ColumnMetadata Date(string logicalName, DateTimeBehavior behavior = DateTimeBehavior.UserLocal) =>
        new(logicalName, ColumnType.DateTime) { DateTimeBehavior = behavior };

    public static ColumnMetadata LookupTo(string logicalName, params string[] targets) =>
        new(logicalName, ColumnType.Lookup) { Targets = targets.ToArray() };

    public static ColumnMetadata OwnerLookup(string logicalName = "ownerid") =>
        new(logicalName, ColumnType.Owner) { Targets = ["systemuser", "team"], RequiredLevel = RequiredLevel.SystemRequired };

    public static ColumnMetadata CustomerLookup(string logicalName) =>
        new(logicalName, ColumnType.Customer) { Targets = ["account", "contact"] };

    public static ColumnMetadata Choice(string logicalName, params int[] allowedValues) =>
        new(logicalName, ColumnType.Picklist) { AllowedValues = allowedValues.ToArray() };

    public static ColumnMetadata StateChoice(int defaultValue, params int[] allowedValues) =>
        new("statecode", ColumnType.State) { AllowedValues = allowedValues.ToArray(), DefaultValue = defaultValue, RequiredLevel = RequiredLevel.SystemRequired };

    public static ColumnMetadata StatusChoice(int defaultValue, params int[] allowedValues) =>
        new("statuscode", ColumnType.Status) { AllowedValues = allowedValues.ToArray(), DefaultValue = defaultValue };

    public static ColumnMetadata UniqueId(string logicalName) => new(logicalName, ColumnType.UniqueIdentifier);

    // Email from/to/cc/bcc, phone call from/to and appointment attendees: an EntityCollection of activityparty rows.
    public static ColumnMetadata PartyList(string logicalName, int participationType, params string[] targets) =>
        new(logicalName, ColumnType.PartyList) { ParticipationType = participationType, Targets = targets.ToArray() };
}
