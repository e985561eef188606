namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>What happens to a planned message.</summary>
public enum MessageOutcome
{
    Send,

    /// <summary>It would be sent, but sending is off or the run is a dry run: it is logged with its full text instead.</summary>
    DryRun,

    Withheld,
}
