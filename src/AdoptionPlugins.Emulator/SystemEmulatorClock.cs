using System;

namespace AdoptionPlugins.Emulator;

/// <summary>The real clock, for simulations that run against wall time.</summary>
public sealed class SystemEmulatorClock : IEmulatorClock
{
    public static SystemEmulatorClock Instance { get; } = new();

    public DateTime UtcNow => DateTime.UtcNow;
}
