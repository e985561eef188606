namespace AdoptionPlugins.Schema;

/// <summary>Columns every table we capture from has (activities, notes, opportunities): ownership, audit stamps, import markers.</summary>
public static class RecordColumns
{
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedBy = "createdby";
    public const string CreatedOn = "createdon";

    /// <summary>The delegate who created the row through <see cref="CreatedBy"/>'s identity.</summary>
    public const string CreatedOnBehalfBy = "createdonbehalfby";
    public const string ModifiedBy = "modifiedby";
    public const string ModifiedOn = "modifiedon";
    public const string ModifiedOnBehalfBy = "modifiedonbehalfby";

    /// <summary>Set when a row was migrated with a back-dated creation time.</summary>
    public const string OverriddenCreatedOn = "overriddencreatedon";

    /// <summary>Set when a row came from a data import.</summary>
    public const string ImportSequenceNumber = "importsequencenumber";

    /// <summary>The columns the credit rule reads on every captured table that has a state (dataverse-facts 1.5: images list their columns).</summary>
    public const string CreditFacts =
        OwnerId + "," + StateCode + "," + CreatedBy + "," + CreatedOn + "," + CreatedOnBehalfBy + "," + ModifiedBy + "," + ModifiedOn + ","
        + ModifiedOnBehalfBy + "," + OverriddenCreatedOn + "," + ImportSequenceNumber;

    /// <summary><see cref="CreditFacts"/> without statecode, for notes, which have no state.</summary>
    public const string CreditFactsWithoutState =
        OwnerId + "," + CreatedBy + "," + CreatedOn + "," + CreatedOnBehalfBy + "," + ModifiedBy + "," + ModifiedOn + ","
        + ModifiedOnBehalfBy + "," + OverriddenCreatedOn + "," + ImportSequenceNumber;
}
