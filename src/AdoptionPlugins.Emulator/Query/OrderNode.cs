namespace AdoptionPlugins.Emulator.Query;

// A sort on one column of the root table or of the linked table named by EntityAlias.
internal sealed record OrderNode(string? EntityAlias, string Attribute, bool Descending);
