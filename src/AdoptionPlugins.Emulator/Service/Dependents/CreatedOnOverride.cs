using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// A create that sets overriddencreatedon (a data import or migration) keeps that date as createdon, and overriddencreatedon
// then holds the real creation time [community: the swap is widely reported, Microsoft documents only "Date and time that
// the record was migrated"]. The prvOverrideCreatedOnCreatedBy privilege it needs is the security work's to check.
internal static class CreatedOnOverride
{
    public static void Apply(TableStore store, object?[] row)
    {
        var table = store.Metadata;
        var overridden = table.OrdinalOf(SystemColumns.OverriddenCreatedOn);
        var created = table.OrdinalOf(SystemColumns.CreatedOn);
        if (overridden >= 0 && created >= 0 && row[overridden] is { } migratedOn)
        {
            (row[created], row[overridden]) = (migratedOn, row[created]);
        }
    }
}
