namespace AdoptionPlugins.Adoption.Capture;

/// <summary>How a user may use the organization (systemuser.accessmode, dataverse-facts 5.3).</summary>
public enum UserAccessMode
{
    ReadWrite,
    Administrative,
    Read,
    SupportUser,
    NonInteractive,
    DelegatedAdmin,
}
