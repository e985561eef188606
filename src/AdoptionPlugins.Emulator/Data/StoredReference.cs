using System;

namespace AdoptionPlugins.Emulator.Data;

// A lookup as stored: the SDK's EntityReference carries a key collection per instance, which 1M rows cannot afford.
internal sealed record StoredReference(string LogicalName, Guid Id);
