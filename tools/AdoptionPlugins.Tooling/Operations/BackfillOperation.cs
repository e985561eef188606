using System;
using System.Collections.Generic;
using System.Globalization;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>A backfill: rebuild every user's activity signals and days over a range of past days with <c>adopt_ReconcileActivity</c>.</summary>
public sealed class BackfillOperation : PagedOperation
{
    private const string DayFormat = "yyyy-MM-dd";

    private BackfillOperation(DateOnly from, DateOnly to, int? pageSize, string? cursor)
        : base(AdoptionActions.Reconcile, pageSize, cursor)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int DayCount => To.DayNumber - From.DayNumber + 1;

    /// <summary>Checks the days as typed (yyyy-MM-dd, in order, not after <paramref name="today"/>, at most a year) and the paging options.</summary>
    public static BackfillOperation Create(string? from, string? to, int? pageSize, string? cursor, DateOnly today)
    {
        var first = Day("--from", from, today);
        var last = Day("--to", to, today);
        if (last < first)
        {
            throw new DeploymentInputException($"--to {Text(last)} is before --from {Text(first)}; the range runs from the first day to the last, both included.");
        }

        if (last > today)
        {
            throw new DeploymentInputException($"--to {Text(last)} is in the future (today is {Text(today)}); backfill rebuilds days that have begun, up to today.");
        }

        var days = last.DayNumber - first.DayNumber + 1;
        if (days > AdoptionActions.MaxReconcileDays)
        {
            var split = first.AddDays(AdoptionActions.MaxReconcileDays - 1);
            throw new DeploymentInputException(
                $"--from {Text(first)} --to {Text(last)} is {days} days; one backfill covers at most {AdoptionActions.MaxReconcileDays} days (the limit of {AdoptionActions.Reconcile.UniqueName}). "
                + $"Run it in parts: --from {Text(first)} --to {Text(split)}, then --from {Text(split.AddDays(1))} --to {Text(last)}.");
        }

        return new BackfillOperation(first, last, pageSize, cursor);
    }

    protected override IEnumerable<KeyValuePair<string, object>> Parameters() =>
    [
        // A DateTime parameter travels as Edm.DateTimeOffset; the plugin takes only its date, each user's own local day (dataverse-facts 4.8).
        new(AdoptionActions.FromDate, Midnight(From)),
        new(AdoptionActions.ToDate, Midnight(To)),
    ];

    protected override string Describe() => $"Backfilling activity from {Text(From)} to {Text(To)} ({Counted(DayCount, "day")})";

    protected override string Counts(Func<string, int> count) =>
        $"{Counted(count(AdoptionActions.SignalsWritten), "signal")} and {Counted(count(AdoptionActions.DaysWritten), "activity day")} written";

    private static DateOnly Day(string option, string? text, DateOnly today) =>
        DateOnly.TryParseExact(text?.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DeploymentInputException($"{option} \"{text}\" is not a day; write it as {DayFormat}, for example {Text(today)}.");

    private static string Midnight(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Text(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
