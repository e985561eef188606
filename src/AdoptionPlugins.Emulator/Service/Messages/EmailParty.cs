using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service.Messages;

/// <summary>A sender or recipient of an email: a row (user, queue, contact …), an address, or both.</summary>
public sealed record EmailParty(EntityReference? Party, string? Address);
