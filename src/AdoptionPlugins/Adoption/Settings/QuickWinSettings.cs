namespace AdoptionPlugins.Adoption.Settings;

/// <summary>When a success found in the data is worth celebrating.</summary>
public sealed class QuickWinSettings
{
    public QuickWinSettings(int minimumLoggedActivities, int teamThresholdPercent, int recentDays)
    {
        MinimumLoggedActivities = minimumLoggedActivities;
        TeamThresholdPercent = teamThresholdPercent;
        RecentDays = recentDays;
    }

    /// <summary>A won deal is a CRM win when at least this many activities were logged on it.</summary>
    public int MinimumLoggedActivities { get; }

    /// <summary>A team is celebrated when its share of active members rises to this percentage.</summary>
    public int TeamThresholdPercent { get; }

    /// <summary>How many days back a first meeting still counts as news.</summary>
    public int RecentDays { get; }
}
