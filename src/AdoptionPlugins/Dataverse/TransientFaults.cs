using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Tells the faults that may pass if the same request is sent again a moment later from those that will fail again.</summary>
public static class TransientFaults
{
    /// <summary>Two writers took the create path of one new id; sent again, the upsert finds the row and updates it (dataverse-facts 4.2).</summary>
    public const int DuplicateRecord = -2147220937;

    /// <summary>The same race on an alternate key (dataverse-facts 4.2).</summary>
    public const int DuplicateRecordEntityKey = -2147088238;

    /// <summary>"Generic SQL error", SQL number 1205: a deadlock between writers of the same row (Microsoft, troubleshoot bulk-operation-errors).</summary>
    public const int GenericSqlError = -2147204784;

    /// <summary>"SQL timeout expired" (troubleshoot bulk-operation-errors).</summary>
    public const int SqlTimeout = -2147204783;

    /// <summary>"The transaction of the SQL command has already been rolled back or committed": a deadlock ended it (troubleshoot bulk-operation-errors).</summary>
    public const int TransactionAlreadyEnded = -2147220907;

    private static readonly HashSet<int> Codes = [DuplicateRecord, DuplicateRecordEntityKey, GenericSqlError, SqlTimeout, TransactionAlreadyEnded];

    public static bool IsTransient(OrganizationServiceFault? fault) => fault is not null && Codes.Contains(fault.ErrorCode);
}
