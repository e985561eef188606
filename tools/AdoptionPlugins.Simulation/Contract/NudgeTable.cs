namespace AdoptionPlugins.Simulation.Contract;

/// <summary>The <c>adopt_nudge</c> log of DESIGN-evaluation: every message sent, held for a dry run or withheld, with its text and why.</summary>
public static class NudgeTable
{
    public const string EntityName = "adopt_nudge";
    public const string Name = "adopt_name";
    public const string RecipientId = "adopt_recipientid";
    public const string Kind = "adopt_kind";
    public const string Day = "adopt_day";
    public const string Outcome = "adopt_outcome";
    public const string Reason = "adopt_reason";
    public const string Channels = "adopt_channels";
    public const string Body = "adopt_body";
    public const string EmailBody = "adopt_emailbody";
    public const string Language = "adopt_language";

    public const int KindLeadByExample = 618370000;
    public const int KindTeamSummary = 618370001;
    public const int KindHelp = 618370002;
    public const int KindSponsorDigest = 618370003;
    public const int KindQuickWinNotice = 618370004;

    public const int OutcomeSent = 618370000;
    public const int OutcomeDryRun = 618370001;
    public const int OutcomeWithheld = 618370002;
}
