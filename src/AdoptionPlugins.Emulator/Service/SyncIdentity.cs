namespace AdoptionPlugins.Emulator.Service;

/// <summary>The user server-side synchronization writes tracked emails as: SYSTEM, or the "# SSSAdminProd" delegate that replaces it from 2025-26 (dataverse-facts 5.2).</summary>
public enum SyncIdentity
{
    System,
    SssAdminProd,
}
