namespace AdoptionPlugins.Simulation.Work;

/// <summary>The activity-day count an event must raise (DESIGN-capture: the columns of adopt_activityday).</summary>
public enum CountedAs
{
    Task,
    PhoneCall,
    Meeting,
    EmailSent,
    EmailTracked,
    Note,
    OpportunityCreated,
    OpportunityWorked,
    OpportunityWon,

    /// <summary>An activity completed; counted apart from the kind it was logged as.</summary>
    Completed,

    /// <summary>Something another person logged for this user: shown to them, never counted as their own use.</summary>
    LoggedOnBehalf,
}
