using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// What the user-relative operators need to know about the caller: who they are, their time zone and today in it, and the
// users in their reporting hierarchy. Zone and hierarchy are read from the stores on first use, under the query's read lock.
internal sealed class CallerScope
{
    private readonly DateTime _utcNow;
    private readonly Lazy<TimeZoneInfo> _zone;
    private readonly Lazy<HashSet<Guid>> _hierarchy;

    public CallerScope(Guid callerId, DateTime utcNow, Func<TimeZoneInfo> zone, Func<HashSet<Guid>> hierarchy)
    {
        CallerId = callerId;
        _utcNow = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
        _zone = new Lazy<TimeZoneInfo>(zone);
        _hierarchy = new Lazy<HashSet<Guid>>(hierarchy);
    }

    public Guid CallerId { get; }

    public TimeZoneInfo Zone => _zone.Value;

    /// <summary>The caller's local date now.</summary>
    public DateTime Today => TimeZoneInfo.ConvertTimeFromUtc(_utcNow, Zone).Date;

    /// <summary>The caller and the users below them that eq-useroruserhierarchy matches.</summary>
    public HashSet<Guid> Hierarchy => _hierarchy.Value;
}
