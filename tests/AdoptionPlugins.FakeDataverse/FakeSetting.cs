using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A saved row of the fake's adoption settings table.</summary>
public sealed class FakeSetting(Guid id, string name, string? value, string? description = null)
{
    public Guid Id => id;

    public string Name => name;

    public string? Value { get; set; } = value;

    public string? Description => description;
}
