using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>One row of a person's adoption data as exported: its table, its id and its columns by readable name, in column order.</summary>
public sealed class PersonalDataRow
{
    /// <param name="table">The table the row is in.</param>
    /// <param name="id">The row's id.</param>
    /// <param name="fields">Names and values: text, whole numbers, decimals, yes/no, ids, dates (a time of midnight and no kind for a date only), or null.</param>
    public PersonalDataRow(AdoptionDataTable table, Guid id, IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        Table = table;
        Id = id;
        Fields = fields ?? throw new ArgumentNullException(nameof(fields));
    }

    public AdoptionDataTable Table { get; }

    public Guid Id { get; }

    public IReadOnlyList<KeyValuePair<string, object?>> Fields { get; }
}
