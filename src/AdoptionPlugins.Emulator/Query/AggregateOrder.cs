namespace AdoptionPlugins.Emulator.Query;

// An aggregate query's sort, on the alias of a group-by or aggregate column.
internal sealed record AggregateOrder(string Alias, bool Descending);
