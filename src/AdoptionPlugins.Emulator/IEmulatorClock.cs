using System;

namespace AdoptionPlugins.Emulator;

/// <summary>The emulator's source of "now", so tests control every timestamp the platform would set.</summary>
public interface IEmulatorClock
{
    DateTime UtcNow { get; }
}
