namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The type codes (String is named Text here) of an environment variable definition as exported in <c>environmentvariabledefinition.xml</c>.</summary>
public enum EnvironmentVariableType
{
    Text = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
    DataSource = 100000004,
    Secret = 100000005,
}
