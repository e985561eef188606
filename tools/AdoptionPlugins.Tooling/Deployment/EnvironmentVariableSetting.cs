namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>One <c>EnvironmentVariables[]</c> entry of a deployment settings file; an empty value means "leave as it is".</summary>
public sealed record EnvironmentVariableSetting(string SchemaName, string Value, int Line)
{
    public bool HasValue => Value.Length > 0;
}
