namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>The three service protection limits, per user and web server over a sliding 5-minute window (dataverse-facts 4.6).</summary>
public enum ServiceProtectionLimit
{
    /// <summary>6,000 requests: -2147015902.</summary>
    NumberOfRequests,

    /// <summary>20 minutes of combined execution time: -2147015903.</summary>
    ExecutionTime,

    /// <summary>52 concurrent requests: -2147015898.</summary>
    ConcurrentRequests,
}
