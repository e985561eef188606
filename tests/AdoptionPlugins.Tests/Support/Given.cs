using System.Linq;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Entry points to the adoption-rule builders: <c>Given.User().Executive()</c>, <c>Given.Settings().SendingOn()</c>.</summary>
public static class Given
{
    public static SubjectBuilder User() => new();

    public static SettingsBuilder Settings() => new();

    public static RunBuilder Run() => new();

    /// <summary>A manager (explicit tier) with <paramref name="reports"/> contributors reporting to them, all active every weekday.</summary>
    public static SubjectBuilder[] Team(SubjectBuilder manager, int reports, string namePrefix = "Rep")
    {
        var team = Enumerable.Range(1, reports)
            .Select(number => User().Named($"{namePrefix} {number:00}").Contributor().ManagedBy(manager.Id).ActiveOn(Calendar.LastWeekdays(80)));
        return [manager, .. team];
    }
}
