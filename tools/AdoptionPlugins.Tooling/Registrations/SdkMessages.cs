using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>
/// The platform messages we register on, with their <c>sdkmessageid</c>. Platform messages have the same id in every
/// environment, which is why an exported step names its message by id alone.
/// </summary>
/// <remarks>
/// Sources: Create, Update and Delete appear in the real exports in shared/solution-samples; all five appear in the
/// sdkmessagefilters response for the account table in Microsoft Learn, "Use messages with the Organization service"
/// (MicrosoftDocs/powerapps-docs, powerapps-docs/developer/data-platform/org-service/use-messages.md).
/// Win is not here: no public source we found gives its id, so a Win step names its message with <c>SdkMessageName</c>.
/// </remarks>
public static class SdkMessages
{
    public static readonly Guid Create = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Update = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Delete = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8");

    /// <summary>Legacy; an owner change now arrives as an Update as well (dataverse-facts 1.6).</summary>
    public static readonly Guid Assign = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8");

    /// <summary>Legacy; a state change now arrives as an Update as well (dataverse-facts 1.6).</summary>
    public static readonly Guid SetState = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8");

    private static readonly KeyValuePair<string, Guid>[] Known =
    [
        new(nameof(Create), Create),
        new(nameof(Update), Update),
        new(nameof(Delete), Delete),
        new(nameof(Assign), Assign),
        new(nameof(SetState), SetState),
    ];

    /// <summary>The message names this class knows an id for, in a fixed order.</summary>
    public static IReadOnlyList<string> Names { get; } = Known.Select(message => message.Key).ToArray();

    /// <summary>The message's name, or null when the id is not one of ours.</summary>
    public static string? NameOf(Guid id) => Known.FirstOrDefault(message => message.Value == id).Key;

    /// <summary>The message's id, or null when we know none (a custom API, or Win).</summary>
    public static Guid? IdOf(string messageName)
    {
        foreach (var (name, id) in Known)
        {
            if (string.Equals(name, messageName, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return null;
    }
}
