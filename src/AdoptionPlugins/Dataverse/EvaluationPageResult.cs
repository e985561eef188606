namespace AdoptionPlugins.Dataverse;

/// <summary>What one page of the evaluation did, as the custom API answers: where to go on, and the page's counts.</summary>
public sealed class EvaluationPageResult
{
    public EvaluationPageResult(string? nextCursor, int evaluated, int messagesSent, int messagesHeld, int quickWinsRaised, int purged = 0)
    {
        Purged = purged;
        NextCursor = nextCursor;
        Evaluated = evaluated;
        MessagesSent = messagesSent;
        MessagesHeld = messagesHeld;
        QuickWinsRaised = quickWinsRaised;
    }

    /// <summary>The cursor of the next page; null when the run is done.</summary>
    public string? NextCursor { get; }

    public bool HasMore => NextCursor is not null;

    /// <summary>Users classified on this page.</summary>
    public int Evaluated { get; }

    public int MessagesSent { get; }

    /// <summary>Messages recorded by a dry run or held back, as logged.</summary>
    public int MessagesHeld { get; }

    public int QuickWinsRaised { get; }

    /// <summary>Rows past retention this page deleted (or, in a dry run, found); profiles count when their old activity dates were cleared.</summary>
    public int Purged { get; }
}
