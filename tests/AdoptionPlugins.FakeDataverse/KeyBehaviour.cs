namespace AdoptionPlugins.FakeDataverse;

/// <summary>How the fake's alternate key indexes behave after an import.</summary>
public enum KeyBehaviour
{
    /// <summary>Active from the first look, or after <see cref="FakeScenario.KeyPollsBeforeActive"/> looks.</summary>
    BecomesActive,

    /// <summary>Stays InProgress forever.</summary>
    NeverActivates,

    /// <summary>The index job fails (as it does when duplicate rows exist).</summary>
    Fails,
}
