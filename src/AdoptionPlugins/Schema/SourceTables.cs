using System;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Schema;

/// <summary>The Dataverse table behind each <see cref="SourceTable"/>, both ways.</summary>
public static class SourceTables
{
    public static string LogicalNameOf(SourceTable table) => table switch
    {
        SourceTable.Task => Activity.Task,
        SourceTable.PhoneCall => Activity.PhoneCall,
        SourceTable.Appointment => Activity.Appointment,
        SourceTable.Email => Activity.Email,
        SourceTable.Note => Annotation.EntityName,
        SourceTable.Opportunity => Opportunity.EntityName,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a source table."),
    };

    public static string PrimaryIdOf(SourceTable table) => table switch
    {
        SourceTable.Note => Annotation.PrimaryId,
        SourceTable.Opportunity => Opportunity.PrimaryId,
        _ => Activity.ActivityId,
    };

    /// <summary>Every table capture reads, for messages that list them.</summary>
    public const string AllLogicalNames = Activity.Task + ", " + Activity.PhoneCall + ", " + Activity.Appointment + ", " + Activity.Email + ", "
        + Annotation.EntityName + ", " + Opportunity.EntityName;

    /// <summary>The source table of a logical name, or null when we do not capture from that table.</summary>
    public static SourceTable? Find(string? logicalName) => logicalName switch
    {
        Activity.Task => SourceTable.Task,
        Activity.PhoneCall => SourceTable.PhoneCall,
        Activity.Appointment => SourceTable.Appointment,
        Activity.Email => SourceTable.Email,
        Annotation.EntityName => SourceTable.Note,
        Opportunity.EntityName => SourceTable.Opportunity,
        _ => null,
    };

    /// <summary>The columns the credit rule reads from a row of the table.</summary>
    public static string CreditFactsOf(SourceTable table) => table switch
    {
        SourceTable.Note => RecordColumns.CreditFactsWithoutState,
        SourceTable.Email or SourceTable.PhoneCall => Activity.DirectedCreditFacts,
        _ => RecordColumns.CreditFacts,
    };
}
