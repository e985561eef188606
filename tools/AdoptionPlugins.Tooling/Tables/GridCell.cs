namespace AdoptionPlugins.Tooling.Tables;

/// <summary>One column of a view's grid: the column's logical name and its width in pixels.</summary>
public sealed record GridCell(string Name, int Width);
