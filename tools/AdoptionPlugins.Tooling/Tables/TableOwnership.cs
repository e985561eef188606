namespace AdoptionPlugins.Tooling.Tables;

/// <summary>Who owns a table's rows, as <c>&lt;OwnershipTypeMask&gt;</c> names it; it cannot change after the table exists (dataverse-facts 7.1).</summary>
public enum TableOwnership
{
    UserOwned,
    OrganizationOwned,
}
