using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// Which columns of one table a query returns; Aliases are columns returned under another name (FetchXML attribute alias).
internal sealed record ColumnSelection(bool All, IReadOnlyList<string> Names)
{
    public static ColumnSelection None { get; } = new(false, []);

    public IReadOnlyList<ColumnAlias> Aliases { get; init; } = [];
}
