using System;
using System.Threading;
using AdoptionPlugins.Emulator;

namespace AdoptionPlugins.Tests.Support;

/// <summary>The emulator's clock, moved by the test; safe to read from several threads.</summary>
public sealed class SettableClock : IEmulatorClock
{
    private long _ticks;

    public SettableClock(DateTime utcNow) => Set(utcNow);

    public DateTime UtcNow => new(Interlocked.Read(ref _ticks), DateTimeKind.Utc);

    public void Set(DateTime utcNow) => Interlocked.Exchange(ref _ticks, DateTime.SpecifyKind(utcNow, DateTimeKind.Utc).Ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
