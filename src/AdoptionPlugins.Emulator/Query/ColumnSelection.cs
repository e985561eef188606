using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// Which columns of one table a query returns.
internal sealed record ColumnSelection(bool All, IReadOnlyList<string> Names)
{
    public static ColumnSelection None { get; } = new(false, []);
}
