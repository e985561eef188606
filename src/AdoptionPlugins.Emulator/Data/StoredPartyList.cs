using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Data;

// A party-list column as stored in its activity row; the activityparty table holds the same parties as rows (dataverse-facts 5.1).
internal sealed record StoredPartyList(IReadOnlyList<StoredParty> Parties);
