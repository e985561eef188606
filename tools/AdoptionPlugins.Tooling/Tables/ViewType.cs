namespace AdoptionPlugins.Tooling.Tables;

/// <summary>A saved query's <c>&lt;querytype&gt;</c> (solution-format 3, "View").</summary>
public enum ViewType
{
    Public = 0,
    AdvancedFind = 1,
    Associated = 2,
    QuickFind = 4,
    Lookup = 64,
    OfflineTemplate = 8192,
}
