using System;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Security;

// A privilege as one of the caller's roles holds it: its depth, measured from the business unit of whoever holds the role
// (the user for their own roles, the team for a team's roles; how-record-access-determined, "Role access").
internal readonly record struct Grant(PrivilegeDepth Depth, Guid BusinessUnitId);
