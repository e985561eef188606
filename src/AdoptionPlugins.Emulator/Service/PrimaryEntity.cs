using System;

namespace AdoptionPlugins.Emulator.Service;

// The table and row an operation is about: the plugin context's PrimaryEntityName and PrimaryEntityId.
internal readonly record struct PrimaryEntity(string Name, Guid Id)
{
    // Unbound custom APIs and requests without a table report "none" (dataverse-facts 1.5).
    public static PrimaryEntity None { get; } = new("none", Guid.Empty);
}
