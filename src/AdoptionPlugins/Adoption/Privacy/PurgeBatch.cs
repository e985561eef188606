using System;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>How many rows one page of a purge or an erase deletes: single Delete requests, so the page stays well inside 2 minutes.</summary>
public static class PurgeBatch
{
    /// <summary>A thousand single deletes take 20 to 50 seconds on Dataverse, well inside the 2-minute limit (dataverse-facts 1.2).</summary>
    public const int MaxRows = 1000;

    /// <summary>
    /// Two rows per user of the evaluation's page size: a page of users costs about two requests per user, so a purge page costs
    /// about what the caller already chose for a page of users.
    /// </summary>
    public static int Size(int pageSize)
    {
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds at least one user.");
        }

        return Math.Min(2 * pageSize, MaxRows);
    }
}
