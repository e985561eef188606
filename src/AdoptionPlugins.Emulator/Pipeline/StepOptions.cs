using System;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>What an environment sets on a step besides its solution XML: the run-as user, the secure configuration, enabled or not.</summary>
public sealed record StepOptions
{
    public static StepOptions Default { get; } = new();

    /// <summary>The step's run-as user (<c>impersonatinguserid</c>); null runs it as the caller (dataverse-facts 1.5).</summary>
    public Guid? ImpersonatingUserId { get; init; }

    /// <summary>The secure configuration; solution exports do not carry it, so it is set per environment (dataverse-facts 1.6).</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>A disabled step (statecode 1) does not fire.</summary>
    public bool IsEnabled { get; init; } = true;
}
