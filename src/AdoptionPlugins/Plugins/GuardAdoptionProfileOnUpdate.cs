using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// Lets people switch their own adoption messages off and on, and nothing else on a profile, unless they are an adoption
/// administrator. PreValidation sees only the columns the person sent. A write made inside another operation (depth above 1)
/// comes from server code such as the evaluation and the roll-up, which keep the profile, so it is not checked.
/// </summary>
[PluginStep(PluginMessages.Update, AdoptionProfile.EntityName, PluginStage.PreValidation, PluginMode.Synchronous, FilteringAttributes = AdoptionProfile.EditableColumns, Description = "Lets people change only their own opt-out on their adoption profile; administrators change the rest.")]
public sealed class GuardAdoptionProfileOnUpdate : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        if (context.Execution.Depth > 1)
        {
            return;
        }

        if (new ProfileEditGuard(context.SystemService).Check(context.Target, context.Execution.UserId) is { } refusal)
        {
            throw new InvalidPluginExecutionException(refusal);
        }
    }
}
