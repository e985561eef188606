using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>Rolls signals up into activity days with the capture's own refresher, for runs without the daily evaluation.</summary>
internal static class DayRollUp
{
    public static void Refresh(IOrganizationService service, IReadOnlyCollection<Guid> userIds, LocalDayRange range, DateTime utcNow) =>
        new ActivityDayRefresher(service, new NullTracing(), new FixedClock(utcNow)).Refresh(userIds, range);
}
