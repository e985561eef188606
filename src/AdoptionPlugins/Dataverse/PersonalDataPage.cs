namespace AdoptionPlugins.Dataverse;

/// <summary>What one page of an export or an erase did: where to go on, how many rows, and for an export the JSON document.</summary>
public sealed class PersonalDataPage
{
    public PersonalDataPage(string? nextCursor, int rows, string? data)
    {
        NextCursor = nextCursor;
        Rows = rows;
        Data = data;
    }

    /// <summary>The cursor of the next page; null when the person's data is done.</summary>
    public string? NextCursor { get; }

    public bool HasMore => NextCursor is not null;

    /// <summary>Rows exported, or deleted and cleared, on this page.</summary>
    public int Rows { get; }

    /// <summary>The export's JSON document; null for an erase.</summary>
    public string? Data { get; }
}
