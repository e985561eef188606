using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>The key that names one event and, hashed, gives its signal's id; at most 200 characters (adopt_sourcekey).</summary>
public static class SourceKeys
{
    /// <summary><c>task:{id}:logged</c>: one event per row and event name.</summary>
    public static string Of(SourceTable table, Guid id, string eventName) =>
        string.Format(CultureInfo.InvariantCulture, "{0}:{1:D}:{2}", Token(table), id, eventName);

    /// <summary><c>opportunity:{id}:worked:{userid}:{yyyy-MM-dd}</c>: auto-saves of the same person on the same UTC day are one event.</summary>
    public static string Worked(Guid opportunityId, Guid userId, DateTime workedOnUtc) =>
        string.Format(CultureInfo.InvariantCulture, "{0}:{1:D}:{2:yyyy-MM-dd}", Of(SourceTable.Opportunity, opportunityId, "worked"), userId, workedOnUtc);

    private static string Token(SourceTable table) => table.ToString().ToLowerInvariant();
}
