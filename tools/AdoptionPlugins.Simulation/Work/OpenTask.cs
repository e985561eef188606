using System;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>A task logged and not yet completed.</summary>
internal sealed record OpenTask(Guid Id, Guid OwnerId, int CreatedDay);
