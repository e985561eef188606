using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Emulator.Pipeline;

// The one place a custom API's executeprivilegename is enforced before its pipeline starts (dataverse-facts 2.1).
internal static class CustomApiExecutePrivilege
{
    public static void Require(InMemoryDatabase database, Guid callerId, CustomApiRegistration api)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(api);
        if (!string.IsNullOrEmpty(api.ExecutePrivilegeName))
        {
            database.Security.RequirePrivilege(callerId, api.ExecutePrivilegeName);
        }
    }
}
