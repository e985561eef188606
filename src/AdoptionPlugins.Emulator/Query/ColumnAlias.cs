namespace AdoptionPlugins.Emulator.Query;

// A column returned as an AliasedValue under Alias instead of under its own name.
internal sealed record ColumnAlias(string Column, string Alias);
