using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>How long the client keeps retrying service-protection refusals (HTTP 429), so a throttled deploy waits as told but never forever.</summary>
public sealed record RetryPolicy(int MaxRetries, TimeSpan MaxWaitPerRetry, TimeSpan MaxTotalWait)
{
    /// <summary>Up to 8 retries, each wait capped at 5 minutes (the service-protection window is 5 minutes, dataverse-facts 4.6), 15 minutes in all.</summary>
    public static RetryPolicy Default { get; } = new(8, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15));

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based): Retry-After when the server sent one, otherwise 2, 4, 8 ... seconds.</summary>
    public TimeSpan WaitBefore(int retry, TimeSpan? retryAfter)
    {
        var wait = retryAfter ?? TimeSpan.FromSeconds(Math.Pow(2, retry));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWaitPerRetry ? MaxWaitPerRetry : wait;
    }
}
