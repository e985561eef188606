using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>One call of the reconcile API: its response, and the emulated time it took (each request costs the organization's request duration).</summary>
public sealed record ReconcilePage(OrganizationResponse Response, TimeSpan EmulatedTime)
{
    public int SignalsWritten => (int)Response[Schema.ReconcileActivityMessage.SignalsWritten];

    /// <summary>The requests the API's plugin made: the time taken in request durations, less the call itself.</summary>
    public int PluginRequests(TimeSpan requestDuration) => (int)(EmulatedTime / requestDuration) - 1;
}
