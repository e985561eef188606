using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Tests.Support;

/// <summary>A user to evaluate, valid by default: a contributor known for a year, with no activity, no leave and no stored state.</summary>
public sealed class SubjectBuilder
{
    private readonly Dictionary<DateTime, ActivityCounts> _days = new();
    private readonly List<LeavePeriod> _leave = [];
    private readonly List<string> _roles = [];
    private Guid _id = Guid.NewGuid();
    private string _name = "Dana Reyes";
    private string? _title;
    private Guid? _managerId;
    private int? _language;
    private string? _email = "dana.reyes@contoso.example";
    private DateTime _firstSeen = Calendar.DaysAgo(365);
    private AdoptionTier? _tier;
    private TierSource? _tierSource;
    private AdoptionState? _state;
    private DateTime? _stateSince;
    private bool _optedOut;
    private bool _vip;
    private WorkPattern? _pattern;

    public Guid Id => _id;

    public SubjectBuilder WithId(Guid id) { _id = id; return this; }

    public SubjectBuilder Named(string name) { _name = name; return this; }

    public SubjectBuilder Titled(string title) { _title = title; return this; }

    public SubjectBuilder WithRoles(params string[] roles) { _roles.AddRange(roles); return this; }

    public SubjectBuilder ManagedBy(Guid managerId) { _managerId = managerId; return this; }

    public SubjectBuilder Speaking(int? lcid) { _language = lcid; return this; }

    public SubjectBuilder WithoutEmail() { _email = null; return this; }

    public SubjectBuilder Executive() => SetBy(AdoptionTier.Executive);

    public SubjectBuilder Manager() => SetBy(AdoptionTier.Manager);

    public SubjectBuilder Contributor() => SetBy(AdoptionTier.Contributor);

    public SubjectBuilder SetBy(AdoptionTier tier) { _tier = tier; _tierSource = TierSource.Explicit; return this; }

    public SubjectBuilder FirstSeen(DateTime day) { _firstSeen = day; return this; }

    public SubjectBuilder WasInState(AdoptionState state, DateTime since) { _state = state; _stateSince = since; return this; }

    public SubjectBuilder OptedOut() { _optedOut = true; return this; }

    public SubjectBuilder Vip() { _vip = true; return this; }

    public SubjectBuilder WorkingOn(params DayOfWeek[] days) { _pattern = new WorkPattern(days); return this; }

    public SubjectBuilder OnLeave(DateTime from, DateTime to) { _leave.Add(new LeavePeriod(from, to)); return this; }

    /// <summary>One logged task on each day given.</summary>
    public SubjectBuilder ActiveOn(IEnumerable<DateTime> days)
    {
        foreach (var day in days)
        {
            Logged(day, new ActivityCounts(tasks: 1));
        }

        return this;
    }

    public SubjectBuilder Logged(DateTime day, ActivityCounts counts)
    {
        _days[day.Date] = _days.TryGetValue(day.Date, out var existing) ? existing.Plus(counts) : counts;
        return this;
    }

    public AdoptionProfile Profile() =>
        new(_id, _firstSeen, _tier, _tierSource, _state, _stateSince, _optedOut, _vip, _pattern);

    public UserFacts Facts() => new(_id, _name, _title, _roles, _managerId, _language, _email);

    public EvaluationSubject Build() =>
        new(Profile(), Facts(), _days.Select(day => new ActivityDay(day.Key, day.Value)), _leave);
}
