namespace AdoptionPlugins.Simulation.Organization;

/// <summary>The part a simulated person plays in the story the report tells.</summary>
public enum Persona
{
    /// <summary>Leads by example: logs meetings, notes and work on big deals most days; the adoption sponsor.</summary>
    ChiefExecutive,

    /// <summary>An executive who uses the CRM throughout.</summary>
    LeadingExecutive,

    /// <summary>An executive who uses the CRM at first and then stops.</summary>
    LapsingExecutive,

    /// <summary>An executive who never logs anything; an assistant logs for them, which must not count as their own use.</summary>
    DelegatingExecutive,

    /// <summary>Logs tasks and meetings for the delegating executive.</summary>
    ExecutiveAssistant,

    /// <summary>Administers the CRM and owns the connection the daily evaluation runs with; excluded from adoption.</summary>
    CrmAdministrator,

    SalesManager,

    SalesRep,

    /// <summary>A rep who joins part-way through and must not be flagged while settling in.</summary>
    NewStarter,

    /// <summary>A rep away for two weeks, recorded as a leave period, who must not be flagged for it.</summary>
    RepOnLeave,

    /// <summary>The ERP connector, an application user whose bulk import must credit nobody.</summary>
    IntegrationUser,
}
