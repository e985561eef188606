using AdoptionPlugins.Dataverse;
using Api = AdoptionPlugins.Schema.ExportPersonAdoptionDataMessage;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// The main operation of <c>adopt_ExportPersonAdoptionData</c>: one page of a person's adoption data as JSON, for a data subject
/// request; the caller loops with the returned cursor while HasMore (dataverse-facts 2.2, 7.2).
/// </summary>
public sealed class ExportPersonAdoptionDataApi : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var cursor = PersonalDataInput.ReadCursor(context.Execution.InputParameters, Api.UserId, Api.Cursor);
        var page = new PersonalDataExporter(new AdoptionDataGateway(context.SystemService)).ExportPage(cursor, context.Clock.UtcNow);
        var outputs = context.Execution.OutputParameters;
        outputs[Api.Data] = page.Data;
        outputs[Api.Rows] = page.Rows;
        outputs[Api.NextCursor] = page.NextCursor ?? string.Empty;
        outputs[Api.HasMore] = page.HasMore;
    }
}
