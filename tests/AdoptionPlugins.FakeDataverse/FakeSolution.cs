using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A solution row of the fake.</summary>
public sealed record FakeSolution(Guid Id, string UniqueName, Version Version, bool IsManaged);
