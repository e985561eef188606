namespace AdoptionPlugins.Schema;

/// <summary>Names of the user table and the columns that tell a person from an account (dataverse-facts 5.3).</summary>
public static class SystemUser
{
    public const string EntityName = "systemuser";
    public const string PrimaryId = "systemuserid";
    public const string FullName = "fullname";
    public const string AccessMode = "accessmode";
    public const string ApplicationId = "applicationid";
    public const string IsDisabled = "isdisabled";
    public const string IsLicensed = "islicensed";

    /// <summary>The user's manager (dataverse-facts 5.5).</summary>
    public const string ManagerId = "parentsystemuserid";
    public const string JobTitle = "jobtitle";
    public const string EmailAddress = "internalemailaddress";

    public const int AccessModeReadWrite = 0;
    public const int AccessModeAdministrative = 1;
    public const int AccessModeRead = 2;
    public const int AccessModeSupportUser = 3;
    public const int AccessModeNonInteractive = 4;
    public const int AccessModeDelegatedAdmin = 5;
}
