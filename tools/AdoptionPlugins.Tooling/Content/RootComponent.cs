using System;

namespace AdoptionPlugins.Tooling.Content;

/// <summary>
/// One <c>&lt;RootComponent type id|schemaName behavior="0"/&gt;</c> of <c>Other/Solution.xml</c>: 20 role, 60 dashboard, 62 site map,
/// 70 field security profile, 80 app, as real exports type them (solution-format 2). Roles and dashboards are named by id, site maps and apps by unique name.
/// </summary>
public sealed record RootComponent(int Type, Guid? Id, string? SchemaName)
{
    public const int Role = 20;
    public const int Dashboard = 60;
    public const int SiteMap = 62;

    /// <summary>A field security profile, named by its id (componenttype 70; the generator of Other/FieldSecurityProfiles.xml in
    /// public unpacked trees lists it so).</summary>
    public const int FieldSecurityProfile = 70;
    public const int App = 80;

    public static RootComponent ById(int type, Guid id) => new(type, id, null);

    public static RootComponent ByName(int type, string schemaName) => new(type, null, schemaName);
}
