using System;
using System.Linq;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>
/// What an administrator does right after installing: rebuilds the weeks before the install from the activities already in the
/// CRM with <c>adopt_ReconcileActivity</c> (DESIGN-capture), so the first evaluations judge real history rather than an empty window.
/// </summary>
public static class Backfill
{
    /// <summary>Rebuilds the local days from <paramref name="first"/> to <paramref name="last"/> for everyone; returns the signals written.</summary>
    public static int Run(IOrganizationService service, DateTime first, DateTime last, int people)
    {
        ArgumentNullException.ThrowIfNull(service);
        var signals = 0;
        PagedApi.Run(
            service,
            ReconcileActivityMessage.UniqueName,
            request =>
            {
                request[ReconcileActivityMessage.FromDate] = first;
                request[ReconcileActivityMessage.ToDate] = last;
            },
            response => signals += PagedApi.Read<int>(response, ReconcileActivityMessage.UniqueName, ReconcileActivityMessage.SignalsWritten),
            maximumPages: (people + 10) * 100,
            $"the backfill of {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");
        return signals;
    }

    /// <summary>Why the solution cannot backfill, or null when it can.</summary>
    public static string? MissingFrom(Tooling.Registrations.SolutionRegistrations registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        return registrations.CustomApis.Any(api => string.Equals(api.UniqueName, ReconcileActivityMessage.UniqueName, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"The solution has no custom API {ReconcileActivityMessage.UniqueName}, so the weeks before the install cannot be backfilled.";
    }
}
