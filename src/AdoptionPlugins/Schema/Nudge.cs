namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_nudge</c> table: the message log, one row per message sent, previewed or held back.</summary>
public static class Nudge
{
    public const string EntityName = "adopt_nudge";
    public const string PrimaryId = "adopt_nudgeid";

    /// <summary>The message's title.</summary>
    public const string Name = "adopt_name";
    public const string RecipientId = "adopt_recipientid";
    public const string Kind = "adopt_kind";

    /// <summary>DateOnly: the evaluation day.</summary>
    public const string Day = "adopt_day";
    public const string Outcome = "adopt_outcome";
    public const string Reason = "adopt_reason";
    public const string Channels = "adopt_channels";
    public const string Body = "adopt_body";
    public const string EmailBody = "adopt_emailbody";
    public const string Language = "adopt_language";
    public const string MessageKey = "adopt_messagekey";
    public const string EmailId = "adopt_emailid";
    public const string OwnerId = "ownerid";

    public const int NameMaxLength = 200;
    public const int ReasonMaxLength = 4000;
    public const int ChannelsMaxLength = 50;
    public const int BodyMaxLength = 10_000;
    public const int EmailBodyMaxLength = 20_000;
    public const int MessageKeyMaxLength = 200;
}
