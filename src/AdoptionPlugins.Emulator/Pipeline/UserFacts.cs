using System;
using AdoptionPlugins.Emulator.Data;

namespace AdoptionPlugins.Emulator.Pipeline;

// What a plugin context says about a user, read from the systemuser row: business unit, and the Entra ids that tell an
// application user from a person (dataverse-facts 1.5, 5.3). An unknown user reads as empty ids.
internal readonly record struct UserFacts(Guid BusinessUnitId, Guid ApplicationId, Guid AzureActiveDirectoryObjectId)
{
    public static UserFacts Read(InMemoryDatabase database, Guid userId)
    {
        var users = database.Existing("systemuser");
        if (users is null)
        {
            return default;
        }

        var table = users.Metadata;
        database.Lock.EnterReadLock();
        try
        {
            if (!users.TryGet(userId, out var row))
            {
                return default;
            }

            return new UserFacts(
                (row[table.OrdinalOf("businessunitid")] as StoredReference)?.Id ?? Guid.Empty,
                IdIn(row, table.OrdinalOf("applicationid")),
                IdIn(row, table.OrdinalOf("azureactivedirectoryobjectid")));
        }
        finally
        {
            database.Lock.ExitReadLock();
        }
    }

    private static Guid IdIn(object?[] row, int ordinal) => ordinal >= 0 && row[ordinal] is Guid id ? id : Guid.Empty;
}
