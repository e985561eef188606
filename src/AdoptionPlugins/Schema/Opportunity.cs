namespace AdoptionPlugins.Schema;

/// <summary>Names of the opportunity table and its states (dataverse-facts 5.6).</summary>
public static class Opportunity
{
    public const string EntityName = "opportunity";
    public const string PrimaryId = "opportunityid";

    public const int StateOpen = 0;
    public const int StateWon = 1;
    public const int StateLost = 2;

    /// <summary>
    /// The columns a seller changes when moving a deal on: name and description, value, close date, probability, rating,
    /// pipeline phase and sales stage, and the qualification notes. Left out on purpose: owner (an assignment is not work on the
    /// deal), state (Win and Lose have their own steps), and columns the platform recalculates (totals, actual value, close date).
    /// </summary>
    public const string WorkedColumns =
        "name,description,estimatedvalue,estimatedclosedate,closeprobability,opportunityratingcode,stepname,salesstage,"
        + "customerneed,currentsituation,proposedsolution";
}
