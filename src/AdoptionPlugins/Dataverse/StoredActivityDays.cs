using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Activity-day rows as stored, so a roll-up writes back only the days whose figures changed.</summary>
public sealed class StoredActivityDays
{
    private readonly Dictionary<Guid, Entity> _rows;

    public StoredActivityDays(IEnumerable<Entity> rows)
    {
        _rows = (rows ?? throw new ArgumentNullException(nameof(rows))).ToDictionary(row => row.Id);
    }

    /// <summary>The local days stored for one user.</summary>
    public IReadOnlyList<DateTime> DaysOf(Guid userId) =>
        [.. _rows.Values
            .Where(row => ColumnReader.Get<EntityReference>(row, ActivityDay.UserId)?.Id == userId)
            .Select(row => ColumnReader.GetValue<DateTime>(row, ActivityDay.Day))
            .OfType<DateTime>()
            .Select(day => day.Date)];

    /// <summary>
    /// True when the stored row already holds exactly what the roll-up would write: the daily evaluation rolls up yesterday
    /// again for late signals, and rewriting every unchanged day would cost a write per active user per day.
    /// </summary>
    public bool Holds(ActivityDayRecord day)
    {
        _ = day ?? throw new ArgumentNullException(nameof(day));
        return _rows.TryGetValue(day.Id, out var stored)
            && ActivityDayGateway.ToRow(day).Attributes.All(column => Equals(column.Value, stored.Contains(column.Key) ? stored[column.Key] : null));
    }
}
