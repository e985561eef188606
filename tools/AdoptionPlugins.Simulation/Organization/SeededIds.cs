using System;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>Row ids drawn from the seed, so the same seed gives the same ids, the same paging order and the same report.</summary>
public sealed class SeededIds
{
    private readonly Random _random;

    public SeededIds(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>A random (version 4) id from the seeded sequence.</summary>
    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
