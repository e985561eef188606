using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The relationships a new user-owned table gets and exports list: owning business unit, team, user and owner, created by
/// and modified by (DKD <c>HelloFusionDev</c>, AKM <c>SystemUser.xml</c>); the delegate stamps are not exported.
/// </summary>
public static class StandardRelationships
{
    public static IEnumerable<RelationshipDefinition> ForUserOwned(string tableSchemaName)
    {
        var logicalName = tableSchemaName.ToLowerInvariant();
        yield return System($"business_unit_{logicalName}", "BusinessUnit", tableSchemaName, "OwningBusinessUnit", "Unique identifier for the business unit that owns the record") with
        {
            CascadeDelete = CascadeType.Restrict,
        };
        yield return System($"lk_{logicalName}_createdby", "SystemUser", tableSchemaName, "CreatedBy", "Unique identifier of the user who created the record.");
        yield return System($"lk_{logicalName}_modifiedby", "SystemUser", tableSchemaName, "ModifiedBy", "Unique identifier of the user who modified the record.");
        yield return System($"owner_{logicalName}", "Owner", tableSchemaName, "OwnerId", "Owner Id");
        yield return System($"team_{logicalName}", "Team", tableSchemaName, "OwningTeam", "Unique identifier for the team that owns the record.");
        yield return System($"user_{logicalName}", "SystemUser", tableSchemaName, "OwningUser", "Unique identifier for the user that owns the record.");
    }

    /// <summary>
    /// A custom lookup's relationship, named as the maker names it (<c>&lt;table&gt;_&lt;column without prefix&gt;_&lt;referenced table&gt;</c>,
    /// AKM <c>autocoe_Department_DepartmentManager_Syst</c>) but not cut at 41 characters as the maker portal cuts it.
    /// Deleting the referenced row clears the lookup, as exports of custom lookups do.
    /// </summary>
    public static RelationshipDefinition ForLookup(string tableSchemaName, string columnSchemaName, string referencedTable)
    {
        var column = columnSchemaName[(columnSchemaName.IndexOf('_', StringComparison.Ordinal) + 1)..];
        var name = $"{tableSchemaName}_{column}_{referencedTable}";
        return new RelationshipDefinition
        {
            SchemaName = name,
            ReferencedTable = referencedTable,
            ReferencingTable = tableSchemaName,
            ReferencingColumn = columnSchemaName,
            CascadeDelete = CascadeType.RemoveLink,
            CascadeRollupView = CascadeType.NoCascade,
            IsValidForAdvancedFind = true,
            ReferencingNavigationProperty = columnSchemaName,
            ReferencedNavigationProperty = name,
        };
    }

    private static RelationshipDefinition System(string name, string referencedTable, string tableSchemaName, string column, string description) =>
        new()
        {
            SchemaName = name,
            ReferencedTable = referencedTable,
            ReferencingTable = tableSchemaName,
            ReferencingColumn = column,
            IntroducedVersion = "1.0",
            Description = description,
        };
}
