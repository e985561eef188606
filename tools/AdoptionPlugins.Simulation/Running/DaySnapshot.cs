using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>Where everyone stood after one day's evaluation: each profile's tier and state choice values, by user.</summary>
public sealed record DaySnapshot(int Day, DateTime Date, IReadOnlyDictionary<Guid, ProfileStanding> Profiles);
