using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;

namespace AdoptionPlugins.Plugins;

/// <summary>Records that someone logged an activity, a note or an opportunity: one signal upsert, after the user's save (async).</summary>
[PluginStep(PluginMessages.Create, Activity.Task, PluginStage.PostOperation, PluginMode.Asynchronous, PostImage = RecordColumns.CreditFacts)]
[PluginStep(PluginMessages.Create, Activity.PhoneCall, PluginStage.PostOperation, PluginMode.Asynchronous, PostImage = Activity.DirectedCreditFacts)]
[PluginStep(PluginMessages.Create, Activity.Appointment, PluginStage.PostOperation, PluginMode.Asynchronous, PostImage = RecordColumns.CreditFacts)]
[PluginStep(PluginMessages.Create, Activity.Email, PluginStage.PostOperation, PluginMode.Asynchronous, PostImage = Activity.DirectedCreditFacts)]
[PluginStep(PluginMessages.Create, Annotation.EntityName, PluginStage.PostOperation, PluginMode.Asynchronous, PostImage = RecordColumns.CreditFactsWithoutState)]
[PluginStep(PluginMessages.Create, Opportunity.EntityName, PluginStage.PostOperation, PluginMode.Asynchronous, PostImage = RecordColumns.CreditFacts)]
public sealed class RecordActivitySignalOnCreate : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var facts = ActivityFactsReader.FromRow(context.RequirePostImage(ImageAliases.PostImage));
        var directory = new ReferenceDirectory(facts, context.InitiatingApplicationUserId);
        new SignalRecorder(new SignalGateway(context.SystemService), context.Tracing).Record(SignalDerivation.OnCreate(facts, directory));
    }
}
