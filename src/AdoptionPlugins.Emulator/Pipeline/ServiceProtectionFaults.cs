using System;
using System.Collections.Generic;
using System.ServiceModel;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>Service protection faults a test injects for external callers, so retry logic (flow, Function, deployment script) can be tested.</summary>
/// <remarks>
/// The fault carries the platform's code and message and <c>ErrorDetails["Retry-After"]</c> as a TimeSpan, as the SDK surfaces a
/// 429 (dataverse-facts 4.6). Requests made by plugins are never refused: the limits do not apply inside plugins (dataverse-facts 1.8).
/// </remarks>
public sealed class ServiceProtectionFaults
{
    private readonly object _gate = new();
    private readonly List<Injected> _pending = [];

    /// <summary>The next <paramref name="times"/> external requests (of <paramref name="userId"/> only, when given) fail with <paramref name="limit"/>.</summary>
    public void Inject(ServiceProtectionLimit limit, TimeSpan retryAfter, int times = 1, Guid? userId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        lock (_gate)
        {
            _pending.Add(new Injected(limit, retryAfter, userId) { Remaining = times });
        }
    }

    public static FaultException<OrganizationServiceFault> FaultFor(ServiceProtectionLimit limit, TimeSpan retryAfter)
    {
        var (code, message) = limit switch
        {
            ServiceProtectionLimit.NumberOfRequests => (
                ErrorCodes.ThrottlingBurstRequestLimitExceededError,
                "Number of requests exceeded the limit of 6000 over time window of 300 seconds."),
            ServiceProtectionLimit.ExecutionTime => (
                ErrorCodes.ThrottlingTimeExceededError,
                "Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later."),
            ServiceProtectionLimit.ConcurrentRequests => (
                ErrorCodes.ThrottlingConcurrencyLimitExceededError,
                "Number of concurrent requests exceeded the limit of 52."),
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Not a service protection limit."),
        };
        var fault = Fault.Create(code, message);
        fault.Detail.ErrorDetails["Retry-After"] = retryAfter;
        return fault;
    }

    internal void ThrowIfInjected(Guid userId)
    {
        Injected? hit;
        lock (_gate)
        {
            hit = _pending.Find(i => i.UserId is null || i.UserId == userId);
            if (hit is null)
            {
                return;
            }

            if (--hit.Remaining == 0)
            {
                _pending.Remove(hit);
            }
        }

        throw FaultFor(hit.Limit, hit.RetryAfter);
    }

    private sealed record Injected(ServiceProtectionLimit Limit, TimeSpan RetryAfter, Guid? UserId)
    {
        public int Remaining { get; set; }
    }
}
