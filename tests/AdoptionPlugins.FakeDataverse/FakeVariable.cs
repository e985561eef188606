using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>An environment variable definition of the fake and its value row.</summary>
public sealed class FakeVariable(Guid definitionId, string schemaName, string? defaultValue)
{
    public Guid DefinitionId => definitionId;

    public string SchemaName => schemaName;

    public string? DefaultValue => defaultValue;

    public Guid? ValueId { get; set; }

    public string? Value { get; set; }
}
