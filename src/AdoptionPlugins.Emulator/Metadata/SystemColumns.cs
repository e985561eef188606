using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>Adds the columns Dataverse puts on every table (id, audit stamps, version, ownership) to a table definition.</summary>
public static class SystemColumns
{
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";
    public const string CreatedBy = "createdby";
    public const string ModifiedBy = "modifiedby";
    public const string CreatedOnBehalfBy = "createdonbehalfby";
    public const string ModifiedOnBehalfBy = "modifiedonbehalfby";
    public const string VersionNumber = "versionnumber";
    public const string OwnerId = "ownerid";
    public const string OwningBusinessUnit = "owningbusinessunit";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string OverriddenCreatedOn = "overriddencreatedon";
    public const string ImportSequenceNumber = "importsequencenumber";

    public static TableMetadata Complete(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Columns.ToList();
        var present = new HashSet<string>(columns.Select(c => c.LogicalName), StringComparer.Ordinal);
        foreach (var column in For(table))
        {
            if (present.Add(column.LogicalName))
            {
                columns.Add(column);
            }
        }

        return table.WithColumns(columns);
    }

    private static IEnumerable<ColumnMetadata> For(TableMetadata table)
    {
        yield return ColumnMetadata.UniqueId(table.PrimaryIdColumn) with { IsValidForUpdate = false, RequiredLevel = RequiredLevel.SystemRequired };
        yield return ColumnMetadata.Date(CreatedOn) with { IsValidForCreate = false, IsValidForUpdate = false };
        yield return ColumnMetadata.Date(ModifiedOn) with { IsValidForCreate = false, IsValidForUpdate = false };
        yield return ColumnMetadata.LookupTo(CreatedBy, "systemuser") with { IsValidForCreate = false, IsValidForUpdate = false };
        yield return ColumnMetadata.LookupTo(ModifiedBy, "systemuser") with { IsValidForCreate = false, IsValidForUpdate = false };

        // The delegate who acted through another user's identity; the platform writes them, the emulator declares them so rows can
        // be read with them (it emulates no impersonated callers, so they stay empty).
        yield return ColumnMetadata.LookupTo(CreatedOnBehalfBy, "systemuser") with { IsValidForCreate = false, IsValidForUpdate = false };
        yield return ColumnMetadata.LookupTo(ModifiedOnBehalfBy, "systemuser") with { IsValidForCreate = false, IsValidForUpdate = false };
        yield return ColumnMetadata.BigNumber(VersionNumber) with { IsValidForCreate = false, IsValidForUpdate = false };

        // Data imports and migrations may set these on create only (overriddencreatedon: "Date and time that the record was migrated").
        if (table.Ownership is OwnershipType.UserOwned or OwnershipType.OrganizationOwned)
        {
            yield return ColumnMetadata.Date(OverriddenCreatedOn) with { IsValidForUpdate = false };
            yield return ColumnMetadata.WholeNumber(ImportSequenceNumber) with { IsValidForUpdate = false };
        }

        if (table.Ownership == OwnershipType.UserOwned)
        {
            yield return ColumnMetadata.OwnerLookup();
            yield return ColumnMetadata.LookupTo(OwningBusinessUnit, "businessunit") with { IsValidForCreate = false, IsValidForUpdate = false };
        }
    }
}
