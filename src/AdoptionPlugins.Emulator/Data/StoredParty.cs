using System;

namespace AdoptionPlugins.Emulator.Data;

// One party of a party-list column: a row (systemuser, contact, queue …) or only an address, with the id of the activityparty row that mirrors it.
internal sealed record StoredParty(Guid ActivityPartyId, StoredReference? Party, string? AddressUsed);
