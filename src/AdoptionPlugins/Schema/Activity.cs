namespace AdoptionPlugins.Schema;

/// <summary>Names of the activity tables we capture and of the columns they share (dataverse-facts 5.1).</summary>
public static class Activity
{
    public const string Task = "task";
    public const string PhoneCall = "phonecall";
    public const string Appointment = "appointment";
    public const string Email = "email";

    /// <summary>Every activity's primary key, whatever its table.</summary>
    public const string ActivityId = "activityid";

    /// <summary>Emails and phone calls only: true = outgoing (dataverse-facts 5.1).</summary>
    public const string DirectionCode = "directioncode";

    public const int StateOpen = 0;
    public const int StateCompleted = 1;
    public const int StateCanceled = 2;
    public const int StateScheduled = 3;

    /// <summary>The credit facts of an email or phone call, which also say whether it went out.</summary>
    public const string DirectedCreditFacts = RecordColumns.CreditFacts + "," + DirectionCode;
}
