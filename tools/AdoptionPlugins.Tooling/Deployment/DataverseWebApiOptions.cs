using System;
using System.Net.Http;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The seams of <see cref="DataverseWebApi"/>: the HTTP handler, the clock used to wait, the retry bounds, and where retry notices go.</summary>
public sealed record DataverseWebApiOptions
{
    public HttpMessageHandler? Handler { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    public Action<string> Notify { get; init; } = _ => { };

    /// <summary>How long one HTTP call may take; a solution upload is one call.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
