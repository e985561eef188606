using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Simulation.Organization;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>
/// What the simulation did and what the capture must therefore show: each person's expected counts per local day, the work done
/// by kind, and the rows that must credit nobody. The report and the tests compare it with the activity days the plugins wrote.
/// </summary>
public sealed class WorkLedger
{
    private readonly OrganizationPlan _plan;
    private readonly Dictionary<(Guid UserId, DateTime Day), int[]> _expected = [];
    private readonly int[] _done = new int[Enum.GetValues<WorkKind>().Length];
    private readonly List<Guid> _uncredited = [];

    public WorkLedger(OrganizationPlan plan)
    {
        _plan = plan ?? throw new ArgumentNullException(nameof(plan));
    }

    /// <summary>The ids of the rows the import and the migration wrote, which must give nobody a count.</summary>
    public IReadOnlyList<Guid> UncreditedRows => _uncredited;

    /// <summary>The user-days with at least one expected count, in no particular order.</summary>
    public IEnumerable<(Guid UserId, DateTime Day)> UserDays => _expected.Keys;

    public void Record(WorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _done[(int)item.Kind]++;
        _uncredited.AddRange(item.UncreditedRows);
        foreach (var credit in item.Credits)
        {
            var day = _plan.Person(credit.UserId).Workplace.LocalDate(credit.Utc);
            if (!_expected.TryGetValue((credit.UserId, day), out var counts))
            {
                counts = new int[Enum.GetValues<CountedAs>().Length];
                _expected[(credit.UserId, day)] = counts;
            }

            counts[(int)credit.As]++;
        }
    }

    /// <summary>How often work of this kind was done.</summary>
    public int Done(WorkKind kind) => _done[(int)kind];

    /// <summary>The count the user's activity day must show in this column.</summary>
    public int Expected(Guid userId, DateTime day, CountedAs counted) =>
        _expected.TryGetValue((userId, day.Date), out var counts) ? counts[(int)counted] : 0;

    /// <summary>Every expected count of this kind, over everyone and every day.</summary>
    public int ExpectedTotal(CountedAs counted) => _expected.Values.Sum(counts => counts[(int)counted]);

    /// <summary>The user's own expected counts on a day (everything but "logged on your behalf"), as activity days total them.</summary>
    public int ExpectedOwnTotal(Guid userId, DateTime day) =>
        Enum.GetValues<CountedAs>().Where(counted => counted != CountedAs.LoggedOnBehalf).Sum(counted => Expected(userId, day, counted));
}
