using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Emulator.Pipeline;

// The one place a custom API's executeprivilegename is enforced before its pipeline starts (dataverse-facts 2.1). The emulator has
// no privileges yet, so every caller passes (pinned in EmulatorKnownLimitationsTests); the security work checks the privilege here.
internal static class CustomApiExecutePrivilege
{
    public static void Require(InMemoryDatabase database, Guid callerId, CustomApiRegistration api)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(api);
        _ = callerId;
    }
}
