using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Daily;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Tests.Support;

/// <summary>A daily run's input, valid by default: today, the default settings, nobody yet.</summary>
public sealed class RunBuilder
{
    private readonly List<SubjectBuilder> _users = [];
    private readonly List<WonOpportunity> _deals = [];
    private readonly Dictionary<Guid, HelpFacts> _help = new();
    private readonly List<LoggedMessage> _history = [];
    private readonly List<string> _raised = [];
    private readonly List<Guid> _sponsors = [];
    private AdoptionSettings _settings = AdoptionSettings.Defaults;
    private DateTime _today = Calendar.Today;
    private bool _dryRun;
    private int _sentEarlier;

    public IReadOnlyList<SubjectBuilder> Users => _users;

    public RunBuilder With(params SubjectBuilder[] users)
    {
        _users.AddRange(users);
        return this;
    }

    public RunBuilder Using(SettingsBuilder settings)
    {
        _settings = settings.Build();
        return this;
    }

    public RunBuilder Using(AdoptionSettings settings)
    {
        _settings = settings;
        return this;
    }

    public RunBuilder On(DateTime today)
    {
        _today = today;
        return this;
    }

    public RunBuilder Won(WonOpportunity deal)
    {
        _deals.Add(deal);
        return this;
    }

    public RunBuilder Helping(Guid userId, HelpFacts facts)
    {
        _help[userId] = facts;
        return this;
    }

    public RunBuilder Logged(IEnumerable<LoggedMessage> entries)
    {
        _history.AddRange(entries);
        return this;
    }

    public RunBuilder Raised(IEnumerable<string> keys)
    {
        _raised.AddRange(keys);
        return this;
    }

    public RunBuilder SponsoredBy(Guid userId)
    {
        _sponsors.Add(userId);
        return this;
    }

    public RunBuilder DryRun()
    {
        _dryRun = true;
        return this;
    }

    public RunBuilder AfterSending(int messages)
    {
        _sentEarlier = messages;
        return this;
    }

    public DailyInput Build() => new(
        _today, _settings, _users.Select(user => user.Build()), null, _deals, _help, _history, _raised, _sponsors,
        dryRunRequested: _dryRun, sentEarlierThisRun: _sentEarlier);

    public DailyResult Run() => DailyEvaluation.Run(Build());

    /// <summary>Runs one evaluation per day and carries states, sent messages and raised wins from day to day, as the daily job does.</summary>
    public IReadOnlyList<DailyResult> RunDays(DateTime first, int days)
    {
        var results = new List<DailyResult>();
        for (var today = first; today < first.AddDays(days); today = today.AddDays(1))
        {
            var result = On(today).Run();
            foreach (var verdict in result.Verdicts)
            {
                _users.Single(user => user.Id == verdict.UserId).WasInState(verdict.State, verdict.StateSince);
            }

            _history.AddRange(result.Decisions.Where(decision => decision.CountsAsSent)
                .Select(decision => new LoggedMessage(decision.Candidate.Recipient.UserId, decision.Candidate.Kind, today, decision.Outcome == MessageOutcome.Send)));
            _raised.AddRange(result.Wins.Select(win => win.Key));
            results.Add(result);
        }

        return results;
    }
}
