using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Daily;

/// <summary>Everything one daily evaluation reads, as plain rows a gateway fills: users, deals, help facts, the message log, raised wins.</summary>
public sealed class DailyInput
{
    public DailyInput(
        DateTime today,
        AdoptionSettings settings,
        IEnumerable<EvaluationSubject> users,
        IEnumerable<UserFacts>? otherDirectoryEntries = null,
        IEnumerable<WonOpportunity>? wonDeals = null,
        IReadOnlyDictionary<Guid, HelpFacts>? help = null,
        IEnumerable<LoggedMessage>? history = null,
        IEnumerable<string>? raisedWinKeys = null,
        IEnumerable<Guid>? sponsorUsers = null,
        int? leadersPercentBefore = null,
        int? everyonePercentBefore = null,
        bool dryRunRequested = false,
        int sentEarlierThisRun = 0)
    {
        Today = today.Date;
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Users = (users ?? throw new ArgumentNullException(nameof(users))).ToArray();
        var twice = Users.GroupBy(user => user.UserId).FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"User {twice.Key} is in the run twice; each user is evaluated once per run.", nameof(users));
        }

        OtherDirectoryEntries = (otherDirectoryEntries ?? []).ToArray();
        WonDeals = (wonDeals ?? []).ToArray();
        Help = help ?? new Dictionary<Guid, HelpFacts>();
        History = (history ?? []).ToArray();
        RaisedWinKeys = (raisedWinKeys ?? []).ToArray();
        SponsorUsers = (sponsorUsers ?? []).Distinct().ToArray();
        LeadersPercentBefore = leadersPercentBefore;
        EveryonePercentBefore = everyonePercentBefore;
        DryRunRequested = dryRunRequested;
        SentEarlierThisRun = sentEarlierThisRun;
    }

    /// <summary>The evaluation day; every window ends the day before.</summary>
    public DateTime Today { get; }

    /// <summary>Valid settings, as <see cref="SettingsResolver.Resolve"/> returns them.</summary>
    public AdoptionSettings Settings { get; }

    /// <summary>The users to evaluate, each with activity days over the settings' lookback.</summary>
    public IReadOnlyList<EvaluationSubject> Users { get; }

    /// <summary>Directory entries of people not evaluated here (managers above the run, the sponsor) for names and hierarchy.</summary>
    public IReadOnlyList<UserFacts> OtherDirectoryEntries { get; }

    /// <summary>Opportunities won recently, with the activities logged on them.</summary>
    public IReadOnlyList<WonOpportunity> WonDeals { get; }

    /// <summary>Per contributor, what in their own pipeline needs a next step.</summary>
    public IReadOnlyDictionary<Guid, HelpFacts> Help { get; }

    /// <summary>Logged messages, back at least the longest cool-down, message period or digest period.</summary>
    public IReadOnlyList<LoggedMessage> History { get; }

    /// <summary>Keys of quick wins already raised, so none is raised twice.</summary>
    public IReadOnlyList<string> RaisedWinKeys { get; }

    /// <summary>The sponsor, or the members of the sponsor team (in-app notifications reach users only, dataverse-facts 6.1).</summary>
    public IReadOnlyList<Guid> SponsorUsers { get; }

    public int? LeadersPercentBefore { get; }

    public int? EveryonePercentBefore { get; }

    /// <summary>The caller asked for a dry run: decisions are listed with their texts, nothing is sent.</summary>
    public bool DryRunRequested { get; }

    /// <summary>Messages earlier pages of the same run sent, so the per-run ceiling holds across pages.</summary>
    public int SentEarlierThisRun { get; }
}
