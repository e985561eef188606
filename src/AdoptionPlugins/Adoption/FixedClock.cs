using System;

namespace AdoptionPlugins.Adoption;

/// <summary>A clock that always reads one instant: the operation's creation time in a plugin, a chosen day in tests.</summary>
public sealed class FixedClock : IClock
{
    public FixedClock(DateTime utcNow)
    {
        if (utcNow.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("The clock needs a UTC time, not a local one.", nameof(utcNow));
        }

        UtcNow = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
    }

    public DateTime UtcNow { get; }
}
