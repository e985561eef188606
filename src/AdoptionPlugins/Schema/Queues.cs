namespace AdoptionPlugins.Schema;

/// <summary>Names of the queue table: nudge emails are sent from a queue, never from a person (dataverse-facts 6.2).</summary>
public static class Queues
{
    public const string EntityName = "queue";
    public const string PrimaryId = "queueid";
    public const string Name = "name";
    public const string EmailAddress = "emailaddress";
}
