namespace AdoptionPlugins.Tooling.Tables;

/// <summary>A column's requirement level as exports write it; only <see cref="SystemRequired"/> is enforced by the API.</summary>
public enum RequirementLevel
{
    /// <summary><c>none</c>.</summary>
    None,

    /// <summary><c>recommended</c>.</summary>
    Recommended,

    /// <summary><c>required</c> (ApplicationRequired): forms insist on a value, the API does not.</summary>
    ApplicationRequired,

    /// <summary><c>systemrequired</c>: the platform refuses a row without a value.</summary>
    SystemRequired,
}
