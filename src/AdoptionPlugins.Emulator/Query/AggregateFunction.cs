namespace AdoptionPlugins.Emulator.Query;

// The FetchXML aggregate functions (fetchxml/reference/attribute, "Aggregate functions").
internal enum AggregateFunction
{
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}
