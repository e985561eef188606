using System;

namespace AdoptionPlugins.Adoption;

/// <summary>The current time as the rules see it, so every rule can be tested at any date.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
