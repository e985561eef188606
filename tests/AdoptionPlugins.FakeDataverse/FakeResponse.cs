namespace AdoptionPlugins.FakeDataverse;

/// <summary>What an endpoint of the fake answers: a status, an optional JSON body and an optional Retry-After.</summary>
public sealed record FakeResponse(int Status, object? Body = null, int? RetryAfterSeconds = null)
{
    public static FakeResponse NoContent { get; } = new(204);

    public static FakeResponse Ok(object body) => new(200, body);

    public static FakeResponse Error(int status, string code, string message) => new(status, new { error = new { code, message } });

    /// <summary>Service protection answers 429 with Retry-After and the request-count fault code (dataverse-facts 4.6).</summary>
    public static FakeResponse Throttled(int retryAfterSeconds) =>
        Error(429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.") with { RetryAfterSeconds = retryAfterSeconds };

    public static FakeResponse NotFound(string what) => Error(404, "0x80040217", $"{what} Does Not Exist");
}
