using System.Linq;
using AdoptionPlugins.Emulator.Data;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// systemuser.fullname is not written by callers: the platform composes it from firstname and lastname in the organization's
// name format. The emulator uses "First Last", the format in which the server-side sync delegate (first name "#", last name
// "SSSAdminProd") reads "# SSSAdminProd" (dataverse-facts 5.2). A user with neither name keeps the name it has.
internal static class UserFullName
{
    private const string User = "systemuser";

    public static void Compose(TableStore store, object?[] row)
    {
        var table = store.Metadata;
        var fullName = table.OrdinalOf("fullname");
        if (table.LogicalName != User || fullName < 0)
        {
            return;
        }

        var parts = new[] { table.OrdinalOf("firstname"), table.OrdinalOf("lastname") }
            .Where(ordinal => ordinal >= 0)
            .Select(ordinal => (row[ordinal] as string)?.Trim())
            .Where(part => !string.IsNullOrEmpty(part))
            .ToArray();
        if (parts.Length > 0)
        {
            row[fullName] = string.Join(" ", parts);
        }
    }
}
