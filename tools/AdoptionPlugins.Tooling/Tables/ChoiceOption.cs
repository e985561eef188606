namespace AdoptionPlugins.Tooling.Tables;

/// <summary>One value of a choice, yes/no, state or status column, with its English label.</summary>
public sealed record ChoiceOption(int Value, string Label)
{
    /// <summary>The option's description; choices carry one (often empty), yes/no, state and status options none.</summary>
    public string? Description { get; init; }

    /// <summary>For a status option: the state it belongs to.</summary>
    public int? State { get; init; }

    /// <summary>For a state option: the status a row gets when it enters the state.</summary>
    public int? DefaultStatus { get; init; }

    /// <summary>For a state option: the name that does not change with the language (<c>Active</c>, <c>Inactive</c>).</summary>
    public string? InvariantName { get; init; }
}
