namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>A delegate, whose runtime-implemented members are listed like any others.</summary>
public delegate void Notify(string message, int level);
