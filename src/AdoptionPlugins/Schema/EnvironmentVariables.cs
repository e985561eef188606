namespace AdoptionPlugins.Schema;

/// <summary>Names of the environment variable tables and of the product's variables an administrator sets per environment.</summary>
public static class EnvironmentVariables
{
    public const string DefinitionEntityName = "environmentvariabledefinition";
    public const string DefinitionId = "environmentvariabledefinitionid";
    public const string SchemaName = "schemaname";
    public const string DefaultValue = "defaultvalue";

    /// <summary>The value set in this environment, which wins over the definition's default.</summary>
    public const string ValueEntityName = "environmentvariablevalue";
    public const string Value = "value";

    /// <summary>Boolean, default no: the only switch that turns sending on; installing or upgrading never does.</summary>
    public const string SendingEnabled = "adopt_SendingEnabled";

    /// <summary>Text: the queue nudge emails come from, by id, name or email address; empty sends in-app only.</summary>
    public const string SenderQueue = "adopt_SenderQueue";
}
