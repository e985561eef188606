using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// Tables whose rows only the platform writes. activitypointer supports only Retrieve, RetrieveMultiple and Rollup
// (reference/entities/activitypointer); activityparty rows come from an activity's party lists; usersettings supports
// Retrieve, RetrieveMultiple and Update (reference/entities/usersettings). Anything else faults as the platform does.
internal static class PlatformOnlyTables
{
    public static void RejectDirectWrite(string message, TableMetadata table)
    {
        var rejected = table.LogicalName switch
        {
            "activitypointer" or "activityparty" => true,
            "usersettings" => message != "Update",
            _ => false,
        };
        if (rejected)
        {
            throw Fault.MessageNotSupported(message, table.LogicalName);
        }
    }
}
