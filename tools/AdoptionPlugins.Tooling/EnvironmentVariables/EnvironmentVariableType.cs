namespace AdoptionPlugins.Tooling.EnvironmentVariables;

/// <summary>An environment variable definition's <c>&lt;type&gt;</c> code, named as the maker portal names the types (solution-format 3, "Env var": 100000000 String).</summary>
public enum EnvironmentVariableType
{
    Text = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
    DataSource = 100000004,
    Secret = 100000005,
}
