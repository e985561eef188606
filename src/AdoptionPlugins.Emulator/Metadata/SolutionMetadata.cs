using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>
/// Turns the custom tables of an unpacked solution, read with the one table reader the tools use, into emulator metadata,
/// so tests write to exactly the tables, columns, choices and keys that would be imported.
/// </summary>
public static class SolutionMetadata
{
    // System lookups whose relationships exports leave out (the delegate stamps) or that are certain anyway.
    private static readonly Dictionary<string, string> SystemLookupTargets = new(StringComparer.Ordinal)
    {
        ["createdby"] = "systemuser",
        ["modifiedby"] = "systemuser",
        ["createdonbehalfby"] = "systemuser",
        ["modifiedonbehalfby"] = "systemuser",
        ["owningbusinessunit"] = "businessunit",
    };

    /// <summary>Reads the tables under <paramref name="solutionFolder"/>; bad files throw <see cref="InvalidDataException"/> naming the file.</summary>
    public static IReadOnlyList<TableMetadata> Read(string solutionFolder) => ToTables(SolutionTables.Read(solutionFolder));

    public static IReadOnlyList<TableMetadata> ToTables(SolutionTables solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return solution.Tables.Select(table => ToTable(solution, table)).ToArray();
    }

    private static TableMetadata ToTable(SolutionTables solution, TableDefinition table)
    {
        var primaryId = table.PrimaryIdColumn ?? throw new InvalidDataException($"{EntityXml.RelativePathOf(table.SchemaName)}: the table has no primary key column.");
        // owninguser and owningteam are derived from ownerid by the platform; the emulator does not derive them, so it does not
        // offer them rather than return nulls where Dataverse has values.
        var columns = table.Columns.Where(column => !column.IsLogical).Select(column => ToColumn(solution, table, column));
        var keys = table.Keys.Select(key => new AlternateKeyMetadata(key.LogicalName, [.. key.Columns]));
        return new TableMetadata(table.LogicalName, primaryId, table.PrimaryNameColumn, ToOwnership(table.Ownership), columns, keys);
    }

    private static ColumnMetadata ToColumn(SolutionTables solution, TableDefinition table, ColumnDefinition column)
    {
        var name = column.LogicalName;
        var where = $"{EntityXml.RelativePathOf(table.SchemaName)}: column {column.SchemaName}";
        var metadata = column.Kind switch
        {
            ColumnKind.PrimaryKey => ColumnMetadata.UniqueId(name),
            ColumnKind.Text => ColumnMetadata.Text(name, column.MaxLength ?? throw new InvalidDataException($"{where} has no MaxLength.")),
            ColumnKind.Memo => ColumnMetadata.Memo(name, column.MaxLength ?? throw new InvalidDataException($"{where} has no MaxLength.")),
            ColumnKind.WholeNumber => ColumnMetadata.WholeNumber(name),
            ColumnKind.DateTime => ColumnMetadata.Date(name, ToBehavior(column.Behavior ?? throw new InvalidDataException($"{where} has no Behavior."))),
            ColumnKind.YesNo => ColumnMetadata.YesNo(name, column.AppDefaultValue == 1),
            ColumnKind.Choice => Choice(column, where),
            ColumnKind.Lookup => ColumnMetadata.LookupTo(name, TargetOf(solution, table, column, where)),
            ColumnKind.Owner => ColumnMetadata.OwnerLookup(name),
            ColumnKind.State => ColumnMetadata.StateChoice(DefaultState(column), Values(column)),
            ColumnKind.Status => ColumnMetadata.StatusChoice(DefaultStatus(table), Values(column)),
            _ => throw new InvalidDataException($"{where} is a {column.Kind} column, which the emulator does not store."),
        };
        return metadata with
        {
            RequiredLevel = ToRequiredLevel(column.RequiredLevel),
            IsValidForCreate = column.IsValidForCreate,
            IsValidForUpdate = column.IsValidForUpdate,
            IsSecured = column.IsSecured,
        };
    }

    private static ColumnMetadata Choice(ColumnDefinition column, string where)
    {
        if (column.IsGlobalChoice)
        {
            throw new InvalidDataException($"{where} uses the global choice {column.OptionSetName}; the emulator loader does not read OptionSets/ and would accept any value.");
        }

        var choice = ColumnMetadata.Choice(column.LogicalName, Values(column));
        return column.AppDefaultValue is { } value and not -1 ? choice with { DefaultValue = value } : choice;
    }

    private static string TargetOf(SolutionTables solution, TableDefinition table, ColumnDefinition column, string where) =>
        solution.TargetOf(table.LogicalName, column.LogicalName)
            ?? (SystemLookupTargets.TryGetValue(column.LogicalName, out var target) ? target : null)
            ?? throw new InvalidDataException($"{where} is a lookup that no relationship in {RelationshipXml.Folder} points at a table.");

    private static int[] Values(ColumnDefinition column) => column.Options.Select(option => option.Value).ToArray();

    private static int DefaultState(ColumnDefinition stateColumn) => stateColumn.Options.Min(option => option.Value);

    // A new row is in the lowest state with that state's default status, as Dataverse creates rows Active.
    private static int DefaultStatus(TableDefinition table)
    {
        var state = table.FindColumn("statecode");
        return state?.Options.MinBy(option => option.Value)?.DefaultStatus
            ?? throw new InvalidDataException($"{EntityXml.RelativePathOf(table.SchemaName)}: statuscode needs a statecode column whose states name their default status.");
    }

    private static DateTimeBehavior ToBehavior(DateBehavior behavior) => behavior switch
    {
        DateBehavior.DateOnly => DateTimeBehavior.DateOnly,
        DateBehavior.TimeZoneIndependent => DateTimeBehavior.TimeZoneIndependent,
        _ => DateTimeBehavior.UserLocal,
    };

    private static RequiredLevel ToRequiredLevel(RequirementLevel level) => level switch
    {
        RequirementLevel.SystemRequired => RequiredLevel.SystemRequired,
        RequirementLevel.ApplicationRequired => RequiredLevel.ApplicationRequired,
        RequirementLevel.Recommended => RequiredLevel.Recommended,
        _ => RequiredLevel.None,
    };

    private static OwnershipType ToOwnership(TableOwnership ownership) => ownership switch
    {
        TableOwnership.OrganizationOwned => OwnershipType.OrganizationOwned,
        _ => OwnershipType.UserOwned,
    };
}
