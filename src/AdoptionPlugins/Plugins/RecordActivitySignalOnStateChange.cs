using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// Records that someone completed an activity, or won an opportunity by setting its state (the Win message has its own step;
/// both write the same signal id). The pre-image's state keeps a repeated statecode from moving the credit (dataverse-facts 1.3).
/// </summary>
[PluginStep(PluginMessages.Update, Activity.Task, PluginStage.PostOperation, PluginMode.Asynchronous, FilteringAttributes = RecordColumns.StateCode, PreImage = RecordColumns.StateCode, PostImage = RecordColumns.CreditFacts)]
[PluginStep(PluginMessages.Update, Activity.PhoneCall, PluginStage.PostOperation, PluginMode.Asynchronous, FilteringAttributes = RecordColumns.StateCode, PreImage = RecordColumns.StateCode, PostImage = Activity.DirectedCreditFacts)]
[PluginStep(PluginMessages.Update, Activity.Appointment, PluginStage.PostOperation, PluginMode.Asynchronous, FilteringAttributes = RecordColumns.StateCode, PreImage = RecordColumns.StateCode, PostImage = RecordColumns.CreditFacts)]
[PluginStep(PluginMessages.Update, Activity.Email, PluginStage.PostOperation, PluginMode.Asynchronous, FilteringAttributes = RecordColumns.StateCode, PreImage = RecordColumns.StateCode, PostImage = Activity.DirectedCreditFacts)]
[PluginStep(PluginMessages.Update, Opportunity.EntityName, PluginStage.PostOperation, PluginMode.Asynchronous, FilteringAttributes = RecordColumns.StateCode, PreImage = RecordColumns.StateCode, PostImage = RecordColumns.CreditFacts)]
public sealed class RecordActivitySignalOnStateChange : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var facts = ActivityFactsReader.FromRow(context.RequirePostImage(ImageAliases.PostImage));
        var before = ActivityFactsReader.FromRow(context.RequirePreImage(ImageAliases.PreImage));
        var directory = new ReferenceDirectory(facts, context.InitiatingApplicationUserId);
        new SignalRecorder(new SignalGateway(context.SystemService), context.Tracing).Record(SignalDerivation.OnStateChange(facts, before.State, directory));
    }
}
