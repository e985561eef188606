namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>What the product writes to people; the first three share one budget per person per period, in this order of importance.</summary>
public enum MessageKind
{
    ExecutiveNudge,
    TeamSummary,
    ContributorHelp,
    SponsorDigest,
    QuickWinNotice,
}
