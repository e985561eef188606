using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// One <c>&lt;attribute&gt;</c> of an Entity.xml: the column's type and rules plus the flags that differ between columns in
/// real exports. Defaults are what a new custom column gets; system columns set the values exports give them.
/// </summary>
public sealed record ColumnDefinition
{
    /// <summary>The schema name (<c>PhysicalName</c>), e.g. <c>adopt_UserId</c> or <c>CreatedBy</c>.</summary>
    public required string SchemaName { get; init; }

    public required ColumnKind Kind { get; init; }

    /// <summary>The English display name.</summary>
    public required string DisplayName { get; init; }

    public string Description { get; init; } = "";

    public RequirementLevel RequiredLevel { get; init; }

    /// <summary>Where the column may appear (<c>PrimaryName|ValidForAdvancedFind|…</c>); null writes no element, as for owningteam.</summary>
    public string? DisplayMask { get; init; } = ColumnMasks.Ordinary;

    /// <summary>The input method editor mode (<c>auto</c>, <c>inactive</c>, <c>disabled</c>); null writes no element.</summary>
    public string? ImeMode { get; init; } = "auto";

    public bool IsValidForCreate { get; init; } = true;

    public bool IsValidForUpdate { get; init; } = true;

    public bool IsValidForRead { get; init; } = true;

    public bool IsCustomField { get; init; } = true;

    public bool IsAuditEnabled { get; init; } = true;

    /// <summary>A column the platform derives from another (owninguser and owningteam from ownerid); written only when true.</summary>
    public bool IsLogical { get; init; }

    public bool IsSecured { get; init; }

    public string IntroducedVersion { get; init; } = "1.0.0.0";

    public bool CanModifyRequirementLevelSettings { get; init; } = true;

    /// <summary>0 simple, 1 calculated, 2 rollup, 3 formula.</summary>
    public int SourceType { get; init; }

    public bool IsSearchable { get; init; }

    public bool IsFilterable { get; init; }

    public bool IsRetrievable { get; init; }

    public string AutoNumberFormat { get; init; } = "";

    /// <summary>The <c>&lt;Format&gt;</c> of text, number and date columns (<c>text</c>, <c>textarea</c>, <c>none</c>, <c>datetime</c>, <c>date</c>, or empty).</summary>
    public string? Format { get; init; }

    /// <summary>The most characters a text column holds (dataverse-facts 4.7).</summary>
    public int? MaxLength { get; init; }

    public long? MinValue { get; init; }

    public long? MaxValue { get; init; }

    /// <summary>For date and time columns.</summary>
    public DateBehavior? Behavior { get; init; }

    public bool CanChangeDateTimeBehavior { get; init; }

    /// <summary>The default a form shows for a choice or yes/no column; -1 means none.</summary>
    public int? AppDefaultValue { get; init; }

    /// <summary>The option set's name: <c>table_column</c> for a local one, the global choice's name otherwise.</summary>
    public string? OptionSetName { get; init; }

    /// <summary>True when the column uses a global choice from <c>OptionSets/</c>; its options are then not in Entity.xml.</summary>
    public bool IsGlobalChoice { get; init; }

    /// <summary>The values of a local choice, yes/no, state or status column, in file order.</summary>
    public ValueList<ChoiceOption> Options { get; init; } = [];

    /// <summary>The object type codes an owner column lists (8 user, 9 team); a lookup's target is named by its relationship instead.</summary>
    public ValueList<int> LookupTypes { get; init; } = [];

    /// <summary>The formula file of a formula column (<c>SourceType</c> 3).</summary>
    public string? FormulaDefinitionFileName { get; init; }

    /// <summary>The logical name: the schema name in lower case, as exports write <c>&lt;Name&gt;</c> and <c>&lt;LogicalName&gt;</c>.</summary>
    public string LogicalName => SchemaName.ToLowerInvariant();

    public bool IsPrimaryName => DisplayMask is not null && DisplayMask.Split('|').Contains(ColumnMasks.PrimaryNameFlag);
}
