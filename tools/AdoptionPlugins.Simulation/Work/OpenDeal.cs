using System;
using AdoptionPlugins.Simulation.Organization;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>An open opportunity the simulated people can work on, win or lose.</summary>
internal sealed record OpenDeal(Guid Id, Guid OwnerId, Region Region, string Name, Customer Customer, int OpenedDay)
{
    public decimal Value { get; set; }
}
