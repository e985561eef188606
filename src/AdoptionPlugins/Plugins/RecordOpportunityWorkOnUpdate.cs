using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;

namespace AdoptionPlugins.Plugins;

/// <summary>Records that someone moved an opportunity on: at most one signal per person, opportunity and day, however often they save.</summary>
[PluginStep(PluginMessages.Update, Opportunity.EntityName, PluginStage.PostOperation, PluginMode.Asynchronous, FilteringAttributes = Opportunity.WorkedColumns, PostImage = RecordColumns.CreditFacts)]
public sealed class RecordOpportunityWorkOnUpdate : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var facts = ActivityFactsReader.FromRow(context.RequirePostImage(ImageAliases.PostImage));
        var directory = new ReferenceDirectory(facts, context.InitiatingApplicationUserId);
        new SignalRecorder(new SignalGateway(context.SystemService), context.Tracing).Record(SignalDerivation.OnOpportunityWorked(facts, directory));
    }
}
