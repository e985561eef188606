using System;

namespace AdoptionPlugins.Dataverse;

/// <summary>Fits texts into their columns: a text longer than the column is cut with an ellipsis rather than refused (dataverse-facts 4.7).</summary>
public static class ColumnText
{
    public static string Cut(string? text, int maxLength)
    {
        var value = text ?? string.Empty;
        return value.Length <= maxLength ? value : value.Remove(Math.Max(0, maxLength - 1)) + "…";
    }
}
