using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>One page a paged custom API answered: the cursor it was asked with, its counters, and where the next page starts.</summary>
public sealed record ActionPage(int Number, string? Cursor, IReadOnlyDictionary<string, int> Counts, bool HasMore, string? NextCursor)
{
    public int Count(string counter) => Counts.GetValueOrDefault(counter);
}
