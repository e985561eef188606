namespace AdoptionPlugins.Simulation.Work;

/// <summary>What a generated work item is, as the report's "work generated" table counts it.</summary>
public enum WorkKind
{
    TaskLogged,
    ActivityCompleted,
    PhoneCallLogged,
    MeetingSynced,
    MeetingLoggedForSomeoneElse,
    TaskLoggedForSomeoneElse,
    EmailTracked,
    EmailSentFromCrm,
    NoteAdded,
    OpportunityCreated,
    OpportunityWorked,
    OpportunityWon,
    OpportunityLost,
    OpportunityMigrated,
    BulkImport,
    PersonJoined,
}
