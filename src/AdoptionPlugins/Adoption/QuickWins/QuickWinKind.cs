namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>The successes the product finds in the data and celebrates.</summary>
public enum QuickWinKind
{
    DealWon,
    FirstMeeting,
    Comeback,
    TeamMilestone,
}
