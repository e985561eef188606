namespace AdoptionPlugins.Adoption.Capture;

/// <summary>The kinds of record whose creation or progress shows that someone works in the CRM.</summary>
public enum SourceTable
{
    Task,
    PhoneCall,
    Appointment,
    Email,
    Note,
    Opportunity,
}
