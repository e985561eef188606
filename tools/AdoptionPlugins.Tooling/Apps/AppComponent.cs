using System;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>
/// One <c>&lt;AppModuleComponent&gt;</c> of an app: 1 table and 62 site map by name, 60 dashboard by id (solution-format 3; MED).
/// </summary>
public sealed record AppComponent(int Type, string? SchemaName, Guid? Id)
{
    public const int Table = 1;
    public const int Dashboard = 60;
    public const int SiteMap = 62;
}
