namespace AdoptionPlugins.Adoption.Capture;

/// <summary>The state of a source row as the credit rule needs it (activity statecode 0-3, opportunity statecode 0-2).</summary>
public enum RecordState
{
    Open,
    Completed,
    Canceled,
    Scheduled,
    Won,
    Lost,
}
