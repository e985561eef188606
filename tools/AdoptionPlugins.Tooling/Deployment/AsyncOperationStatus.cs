namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A system job's state: statecode 3 is Completed; statuscode 30 Succeeded, 31 Failed, 32 Canceled (dataverse-facts 8.2).</summary>
public sealed record AsyncOperationStatus(int StateCode, int StatusCode, string? Message, string? FriendlyMessage)
{
    public const int CompletedState = 3;
    public const int SucceededStatus = 30;

    public bool IsCompleted => StateCode == CompletedState;

    public bool Succeeded => IsCompleted && StatusCode == SucceededStatus;

    public string Outcome => StatusCode switch
    {
        30 => "succeeded",
        31 => "failed",
        32 => "was canceled",
        _ => $"ended with status {StatusCode}",
    };
}
