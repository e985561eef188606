using System;
using AdoptionPlugins.Emulator.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service;

// The platform messages beyond CRUD as core operations of the pipeline: each runs its Messages/ operation inside the
// transaction, with the platform's nested writes (Win's opportunityclose, SendEmail's Sent state) made through services that
// share it, so registered steps see them and a failure rolls them back.
internal static class MessageOperations
{
    public static CoreOperation Win() => Message("WinOpportunity", "Win", OpportunityOf, context => CloseOpportunityOperation.Win(context).Execute);

    public static CoreOperation Lose() => Message("LoseOpportunity", "Lose", OpportunityOf, context => CloseOpportunityOperation.Lose(context).Execute);

    public static CoreOperation SendAppNotification() =>
        Message(SendAppNotificationOperation.RequestName, SendAppNotificationOperation.RequestName, _ => NoRow, context => new SendAppNotificationOperation(context).Execute);

    public static CoreOperation SendEmail() => Message(
        SendEmailOperation.RequestName,
        SendEmailOperation.RequestName,
        context => new PrimaryEntity("email", context.InputParameters.TryGetValue("EmailId", out Guid id) ? id : Guid.Empty),
        context => new SendEmailOperation(context).Execute);

    public static CoreOperation LocalTimeFromUtcTime() =>
        Message("LocalTimeFromUtcTime", "LocalTimeFromUtcTime", _ => NoRow, _ => TimeZoneConversionOperation.LocalFromUtc);

    public static CoreOperation UtcTimeFromLocalTime() =>
        Message("UtcTimeFromLocalTime", "UtcTimeFromLocalTime", _ => NoRow, _ => TimeZoneConversionOperation.UtcFromLocal);

    private static PrimaryEntity NoRow => new(string.Empty, Guid.Empty);

    // Win and Lose are about the opportunity their OpportunityClose names (dataverse-facts 5.6).
    private static PrimaryEntity OpportunityOf(CoreOperationContext context) =>
        new(
            CloseOpportunityOperation.PrimaryEntityName,
            context.Optional<Entity>("OpportunityClose")?.GetAttributeValue<EntityReference>("opportunityid")?.Id ?? Guid.Empty);

    // The operation's response is kept whole: its results become the output parameters PostOperation steps see, and the
    // typed response the caller gets back.
    private static CoreOperation Message(
        string requestName,
        string messageName,
        Func<CoreOperationContext, PrimaryEntity> describe,
        Func<MessageContext, Func<OrganizationRequest, OrganizationResponse>> operation)
    {
        const string ResponseKey = "__emulator_response";
        return new CoreOperation(
            messageName,
            describe,
            context =>
            {
                var messageContext = new MessageContext(context.Database, context.UserId, context.PlatformFor, context.Database.Security.RequirePrivilege);
                var response = operation(messageContext)(new OrganizationRequest(requestName) { Parameters = context.InputParameters });
                foreach (var (name, value) in response.Results)
                {
                    context.OutputParameters[name] = value;
                }

                context.OutputParameters[ResponseKey] = response;
            },
            outputs =>
            {
                var response = (OrganizationResponse)outputs[ResponseKey];
                outputs.Remove(ResponseKey);
                return response;
            });
    }
}
