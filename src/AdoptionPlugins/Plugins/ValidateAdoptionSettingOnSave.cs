using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// Refuses a settings save that would leave the settings invalid, with one line per problem, before anything is written
/// (synchronous PreOperation: the refusal rolls the save back, dataverse-facts 1.6). Sending is refused here too: only its
/// environment variable switches it.
/// </summary>
[PluginStep(PluginMessages.Create, AdoptionSetting.EntityName, PluginStage.PreOperation, PluginMode.Synchronous, Description = "Refuses adoption settings that are invalid or contradict each other, saying why.")]
[PluginStep(PluginMessages.Update, AdoptionSetting.EntityName, PluginStage.PreOperation, PluginMode.Synchronous, FilteringAttributes = AdoptionSetting.Name + "," + AdoptionSetting.Value + "," + AdoptionSetting.Snapshot, Description = "Refuses adoption settings that are invalid or contradict each other, saying why.")]
public sealed class ValidateAdoptionSettingOnSave : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var problems = new SettingsSaveGuard(context.SystemService).Check(context.Target);
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(SettingsResolver.RefusalMessage(problems));
        }
    }
}
