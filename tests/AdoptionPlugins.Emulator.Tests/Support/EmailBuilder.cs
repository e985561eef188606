using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Builds a draft email with a subject and one address recipient; senders and user recipients are added when a test needs them.</summary>
public sealed class EmailBuilder
{
    private readonly Entity _email = new("email")
    {
        ["subject"] = "Your weekly adoption digest",
        ["description"] = "Three of your reports logged calls this week.",
        ["to"] = Parties.Address("sponsor@contoso.test"),
    };

    public EmailBuilder From(EntityReference sender)
    {
        _email["from"] = Parties.Of(sender);
        return this;
    }

    public EmailBuilder To(params EntityReference[] recipients)
    {
        _email["to"] = Parties.Of(recipients);
        return this;
    }

    public EmailBuilder With(string column, object? value)
    {
        _email[column] = value;
        return this;
    }

    public Entity Build() => _email;
}
