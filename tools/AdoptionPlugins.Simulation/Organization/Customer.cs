using System;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>A customer account of one region with the contact its emails go to.</summary>
public sealed record Customer(Guid AccountId, Guid ContactId, string Name, Region Region);
