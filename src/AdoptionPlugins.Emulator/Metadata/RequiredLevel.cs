namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>A column's requirement level; only SystemRequired is enforced by the platform.</summary>
public enum RequiredLevel
{
    None,
    SystemRequired,
    ApplicationRequired,
    Recommended,
}
