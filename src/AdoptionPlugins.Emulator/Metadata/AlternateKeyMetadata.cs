using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>An alternate key: a name and the columns whose values identify one row (dataverse-facts 4.1).</summary>
public sealed record AlternateKeyMetadata
{
    public AlternateKeyMetadata(string name, params string[] columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length is 0 or > 16)
        {
            throw new ArgumentException("An alternate key has between 1 and 16 columns.", nameof(columns));
        }

        Name = name;
        Columns = columns.ToArray();
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public bool Matches(IEnumerable<string> columnNames) =>
        columnNames.Order(StringComparer.Ordinal).SequenceEqual(Columns.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
