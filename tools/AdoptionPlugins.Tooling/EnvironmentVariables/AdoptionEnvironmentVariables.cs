using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.EnvironmentVariables;

/// <summary>
/// What an admin sets per environment, with defaults only: installing or upgrading never starts sending, and an environment
/// without a sender queue or web address still records and shows adoption. Settings that are the same everywhere (thresholds,
/// privacy mode) belong in the settings table, not here.
/// </summary>
public static class AdoptionEnvironmentVariables
{
    /// <summary>The switch the deploy tool sets on request (<c>--enable-sending</c>); it reads the schema name from the shipped solution.</summary>
    public static EnvironmentVariableDefinition SendingEnabled { get; } = new()
    {
        SchemaName = "adopt_SendingEnabled",
        DisplayName = "Send adoption messages",
        Description = "Turns on the in-app notes, emails and weekly digest. Leave it at No until you have checked the settings, set the sender queue and told people what to expect. Adoption is still recorded and shown while it is No.",
        Type = EnvironmentVariableType.Boolean,
        DefaultValue = EnvironmentVariableDefinition.No,
    };

    public static EnvironmentVariableDefinition SenderQueue { get; } = new()
    {
        SchemaName = "adopt_SenderQueue",
        DisplayName = "Sender queue",
        Description = "The queue that adoption emails come from, by its email address (for example crm-adoption@contoso.com), its name or its id. The queue's mailbox must be approved and enabled for outgoing email. While it is empty, messages go in-app only.",
        Type = EnvironmentVariableType.Text,
    };

    public static EnvironmentVariableDefinition EnvironmentUrl { get; } = new()
    {
        SchemaName = "adopt_EnvironmentUrl",
        DisplayName = "Environment web address",
        Description = "The web address of this environment, for example https://contoso.crm.dynamics.com. Links in adoption emails open the CRM Adoption app here. While it is empty, emails carry no links.",
        Type = EnvironmentVariableType.Text,
    };

    /// <summary>Every definition the solution ships, ordered by schema name as the folders are.</summary>
    public static ValueList<EnvironmentVariableDefinition> All { get; } = [EnvironmentUrl, SenderQueue, SendingEnabled];
}
