namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>Who owns the rows of a table.</summary>
public enum OwnershipType
{
    None,
    UserOwned,
    OrganizationOwned,
    BusinessOwned,
}
