namespace Microsoft.Xrm.Sdk;

/// <summary>What a plugin exception asks the platform to do with the operation (Retry applies to async steps).</summary>
public enum OperationStatus
{
    Failed = 0,
    Canceled = 1,
    Retry = 2,
    Suspended = 3,
    Succeeded = 4,
}
