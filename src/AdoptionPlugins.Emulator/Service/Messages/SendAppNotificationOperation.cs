using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service.Messages;

// SendAppNotification (dataverse-facts 6.1): Title and Recipient (a systemuser) are required; Body, IconType, ToastType,
// Priority (choices), Expiry (seconds), OverrideContent and Actions are optional. The message creates one appnotification
// row owned by the recipient and answers with its id as NotificationId.
internal sealed class SendAppNotificationOperation
{
    public const string RequestName = "SendAppNotification";

    private readonly MessageContext _context;

    public SendAppNotificationOperation(MessageContext context)
    {
        _context = context;
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        _context.RequirePrivilege("prvSendAppNotification");
        var title = RequestParameters.Required<string>(request, "Title");
        var recipient = RequestParameters.Required<EntityReference>(request, "Recipient");
        if (recipient.LogicalName != "systemuser")
        {
            throw Fault.InvalidArgument($"The Recipient of '{RequestName}' must be a systemuser; '{recipient.LogicalName}' cannot receive app notifications (teams are not supported).");
        }

        var expiry = RequestParameters.OptionalValue<int>(request, "Expiry");
        if (expiry < 0)
        {
            throw Fault.InvalidArgument($"Expiry of '{RequestName}' is a number of seconds and cannot be negative; it is {expiry}.");
        }

        var notification = new Entity("appnotification")
        {
            ["title"] = title,
            ["body"] = RequestParameters.Optional<string>(request, "Body"),
            ["ownerid"] = new EntityReference("systemuser", recipient.Id),
            ["ttlinseconds"] = expiry,
            ["data"] = Data(request),
        };
        Choice(request, notification, "IconType", "icontype");
        Choice(request, notification, "ToastType", "toasttype");
        Choice(request, notification, "Priority", "priority");

        var response = new OrganizationResponse { ResponseName = RequestName };
        response.Results["NotificationId"] = _context.AsCaller.Create(notification);
        return response;
    }

    // Choice parameters arrive as OptionSetValue (Edm.Int32 in the Web API); the appnotification column checks the value.
    private static void Choice(OrganizationRequest request, Entity notification, string parameter, string column)
    {
        if (RequestParameters.Optional<OptionSetValue>(request, parameter) is { } value)
        {
            notification[column] = value;
        }
    }

    // OverrideContent (title/body markdown) and Actions are open-type entities; their attributes become the JSON of the
    // data column, the shape documented for appnotification.data ({"body": …, "actions": [{"title": …, "data": {"url": …}}]}).
    // That the platform builds data exactly this way is UNVERIFIED.
    private static string? Data(OrganizationRequest request)
    {
        var parts = new[] { RequestParameters.Optional<Entity>(request, "OverrideContent"), RequestParameters.Optional<Entity>(request, "Actions") }
            .Where(e => e is not null)
            .SelectMany(e => e!.Attributes)
            .ToDictionary(a => a.Key, a => Plain(a.Value), StringComparer.Ordinal);
        return parts.Count == 0 ? null : JsonSerializer.Serialize(parts);
    }

    private static object? Plain(object? value) => value switch
    {
        Entity entity => entity.Attributes.ToDictionary(a => a.Key, a => Plain(a.Value), StringComparer.Ordinal),
        EntityCollection collection => collection.Entities.Select(Plain).ToList(),
        OptionSetValue option => option.Value,
        EntityReference reference => new Dictionary<string, object?> { ["logicalname"] = reference.LogicalName, ["id"] = reference.Id },
        Money money => money.Value,
        _ => value,
    };
}
