namespace AdoptionPlugins.Emulator.Query;

// One attribute of an aggregate query: either a group-by column (optionally a date part) or an aggregate function,
// read from the root table (EntityAlias null) or a linked table, and returned under Alias.
internal sealed record AggregateColumn(
    string? EntityAlias,
    string Attribute,
    string Alias,
    AggregateFunction? Function,
    DateGrouping? DateGrouping,
    bool UserTimeZone,
    bool Distinct)
{
    public bool GroupBy => Function is null;
}
