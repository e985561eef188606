using System;

namespace AdoptionPlugins.Tooling.Dashboards;

/// <summary>
/// One chart or list on a dashboard: the table, the view whose rows it shows or counts, and for a chart the chart drawn over
/// that view (MED's dashboard cells, <c>ChartGridMode</c> Chart or Grid).
/// </summary>
public sealed record DashboardComponent(string Label, string Table, Guid ViewId, Guid? ChartId)
{
    public bool IsChart => ChartId is not null;
}
