using System;
using System.Threading;

namespace AdoptionPlugins.Emulator;

/// <summary>The emulated organization's clock: it stands still until a test, a simulation or a plugin moves it forward.</summary>
/// <remarks>
/// Plugins reach it through their service provider (<c>GetService(typeof(SimulatedClock))</c>), which is how a test plugin spends
/// emulated time to exercise the 2-minute limit (dataverse-facts 1.2). Safe for concurrent callers.
/// </remarks>
public sealed class SimulatedClock : IEmulatorClock
{
    private long _ticks;

    public SimulatedClock(DateTime start)
    {
        if (start.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("The emulated clock starts at a UTC time, not a local one.", nameof(start));
        }

        _ticks = start.Ticks;
    }

    public DateTime UtcNow => new(Interlocked.Read(ref _ticks), DateTimeKind.Utc);

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The emulated clock only moves forward.");
        }

        Interlocked.Add(ref _ticks, by.Ticks);
    }
}
