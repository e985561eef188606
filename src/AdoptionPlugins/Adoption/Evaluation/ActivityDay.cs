using System;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>One user's activity on one day of their own calendar (an adopt_activityday row).</summary>
public sealed class ActivityDay
{
    public ActivityDay(DateTime day, ActivityCounts counts)
    {
        Day = day.Date;
        Counts = counts ?? throw new ArgumentNullException(nameof(counts));
    }

    /// <summary>The user's local day (dataverse-facts 4.8): a date without time.</summary>
    public DateTime Day { get; }

    public ActivityCounts Counts { get; }
}
