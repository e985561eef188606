namespace AdoptionPlugins.Tooling.Tables;

/// <summary>The column a public view sorts by, by logical name.</summary>
public sealed record ViewOrder(string Column, bool Descending);
