using System;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class FixedClock : IEmulatorClock
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    public FixedClock(DateTime? now = null)
    {
        UtcNow = now ?? Start;
    }

    public DateTime UtcNow { get; private set; }

    public void Advance(TimeSpan by) => UtcNow += by;
}
