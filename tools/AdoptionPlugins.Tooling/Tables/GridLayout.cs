using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>A view's <c>&lt;layoutxml&gt;&lt;grid&gt;</c>: which columns it shows, and the row it opens.</summary>
public sealed record GridLayout
{
    /// <summary><c>resultset</c>, or the plural logical name for associated and lookup views.</summary>
    public required string GridName { get; init; }

    /// <summary><c>result</c>, or the table's logical name for associated and lookup views.</summary>
    public required string RowName { get; init; }

    /// <summary>The primary key column the row opens.</summary>
    public required string IdColumn { get; init; }

    /// <summary>The column a click jumps from, the primary name.</summary>
    public required string Jump { get; init; }

    public bool Preview { get; init; } = true;

    public required ValueList<GridCell> Cells { get; init; }
}
