using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A connection reference of the fake.</summary>
public sealed class FakeConnectionReference(Guid id, string logicalName)
{
    public Guid Id => id;

    public string LogicalName => logicalName;

    public string? ConnectionId { get; set; }
}
