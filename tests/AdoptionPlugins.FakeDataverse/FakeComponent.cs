using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A workflow or plugin step row of the fake: id, name and statecode.</summary>
public sealed class FakeComponent(Guid id, string name, int stateCode)
{
    public Guid Id => id;

    public string Name => name;

    public int StateCode { get; set; } = stateCode;
}
