using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// Records that someone won an opportunity. Win has no images (dataverse-facts 1.5), so the opportunity comes from the
/// OpportunityClose input, the winner and time from the context (dataverse-facts 5.6); still one upsert.
/// </summary>
[PluginStep(PluginMessages.Win, Opportunity.EntityName, PluginStage.PostOperation, PluginMode.Asynchronous)]
public sealed class RecordOpportunityWinOnWin : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var close = context.Execution.InputParameters.TryGetValue(PluginMessages.OpportunityCloseParameter, out object value) ? value as Entity : null;
        var opportunity = close?.GetAttributeValue<EntityReference>(PluginMessages.OpportunityCloseOpportunityId)
            ?? throw new InvalidPluginExecutionException($"The Win message carried no {PluginMessages.OpportunityCloseParameter} with an {PluginMessages.OpportunityCloseOpportunityId}; nothing to record.");
        var winner = new UserReference(context.Execution.InitiatingUserId);
        var directory = new ReferenceDirectory(new ActivityFacts(SourceTable.Opportunity, opportunity.Id, modifiedBy: winner), context.InitiatingApplicationUserId);
        var candidates = SignalDerivation.OnWin(opportunity.Id, winner, context.Execution.OperationCreatedOn, directory);
        new SignalRecorder(new SignalGateway(context.SystemService), context.Tracing).Record(candidates);
    }
}
