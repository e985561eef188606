using AdoptionPlugins.Dataverse;
using Api = AdoptionPlugins.Schema.EraseUserAdoptionDataMessage;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// The main operation of <c>adopt_EraseUserAdoptionData</c>: erases one page of a person's adoption data, for a data subject
/// request, leaving a tombstone that keeps a reconcile from rebuilding it; the caller loops with the returned cursor while
/// HasMore (dataverse-facts 2.2, 7.2).
/// </summary>
public sealed class EraseUserAdoptionDataApi : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var cursor = PersonalDataInput.ReadCursor(context.Execution.InputParameters, Api.UserId, Api.Cursor);
        var service = context.SystemService;
        var page = new PersonalDataEraser(new AdoptionDataGateway(service), new ErasedHistoryGateway(service), new SettingsGateway(service)).ErasePage(cursor, context.Clock.UtcNow);
        context.Tracing.Trace("Erased {0} rows of user {1:D}; {2}.", page.Rows, cursor.UserId, page.HasMore ? "more to come" : "done");
        var outputs = context.Execution.OutputParameters;
        outputs[Api.Erased] = page.Rows;
        outputs[Api.NextCursor] = page.NextCursor ?? string.Empty;
        outputs[Api.HasMore] = page.HasMore;
    }
}
