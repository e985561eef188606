namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>How one run of a system job ended, as the asyncoperation statuscode it leaves (dataverse-facts 1.7).</summary>
public enum AsyncJobStatus
{
    /// <summary>The plugin asked for a retry and has attempts left: statecode 1 Suspended, statuscode 10 Waiting.</summary>
    WaitingForRetry = 10,

    /// <summary>statecode 3 Completed, statuscode 30 Succeeded (the row is deleted when the step has AsyncAutoDelete).</summary>
    Succeeded = 30,

    /// <summary>statecode 3 Completed, statuscode 31 Failed; the row keeps the message.</summary>
    Failed = 31,

    /// <summary>The asyncoperation row was gone when the job's turn came, so nothing ran.</summary>
    Canceled = 32,
}
