using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>Rolls signals up into activity days with the capture's own refresher, for runs without the daily evaluation.</summary>
/// <remarks>
/// The refresher gained an <see cref="IClock"/> on main while this branch was open; it is built by whichever constructor it has, so
/// this path compiles on both sides of the merge. Once both are in, call <c>new ActivityDayRefresher(service, tracing, clock)</c>.
/// </remarks>
internal static class DayRollUp
{
    public static void Refresh(IOrganizationService service, IReadOnlyCollection<Guid> userIds, LocalDayRange range, DateTime utcNow)
    {
        var constructor = typeof(ActivityDayRefresher).GetConstructors().Single();
        object[] arguments = constructor.GetParameters().Length == 3
            ? [service, new NullTracing(), new FixedClock(utcNow)]
            : [service, new NullTracing()];
        ((ActivityDayRefresher)constructor.Invoke(arguments)).Refresh(userIds, range);
    }
}
