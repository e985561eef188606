namespace AdoptionPlugins.Adoption.Capture;

/// <summary>What kind of CRM work a signal stands for; each kind has its own count on the activity day.</summary>
public enum SignalKind
{
    Task,
    PhoneCall,
    Meeting,

    /// <summary>An outgoing email a person wrote in the CRM.</summary>
    EmailSent,

    /// <summary>An email that reached the CRM by tracking (server-side sync or a person tracking an incoming email), not by writing it there.</summary>
    EmailTracked,
    Note,
    OpportunityCreated,

    /// <summary>A person moved an opportunity on (stage, value, close date ...); at most one per person, opportunity and UTC day.</summary>
    OpportunityWorked,
    OpportunityWon,
}
