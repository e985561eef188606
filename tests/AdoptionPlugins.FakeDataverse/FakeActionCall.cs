using System.Text.Json;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>One call of a custom API the fake received: its name and the request parameters as sent.</summary>
public sealed record FakeActionCall(string Name, JsonElement Parameters)
{
    /// <summary>A parameter's JSON text (strings unquoted), or null when it was not sent.</summary>
    public string? this[string parameter] =>
        Parameters.TryGetProperty(parameter, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}
