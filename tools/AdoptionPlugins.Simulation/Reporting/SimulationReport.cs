using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>Everything the terminal and the HTML report show, read from the organization's rows after the last day.</summary>
public sealed record SimulationReport
{
    public required ReportSummary Summary { get; init; }

    public required IReadOnlyList<TierDay> TierDays { get; init; }

    public required IReadOnlyList<GroupWeek> TierWeeks { get; init; }

    public required IReadOnlyList<GroupWeek> TeamWeeks { get; init; }

    public required IReadOnlyList<ExecutiveLine> Executives { get; init; }

    /// <summary>Every message the evaluation logged, one line per log row.</summary>
    public required IReadOnlyList<NudgeLine> Nudges { get; init; }

    /// <summary>The messages that would have gone out, one per person and kind, most important kind first.</summary>
    public IReadOnlyList<MessagePreview> Previews => [.. Nudges
        .Where(nudge => nudge.Outcome != Words.Withheld)
        .GroupBy(nudge => (nudge.Recipient, nudge.Kind))
        .Select(group => (First: group.MinBy(nudge => nudge.Day)!, Last: group.Max(nudge => nudge.Day), Days: group.Select(nudge => nudge.Day).Distinct().Count()))
        .Select(entry => new MessagePreview(entry.First.Recipient, entry.First.Kind, entry.First.Day, entry.Last, entry.Days, entry.First.Subject, entry.First.Body, entry.First.Reason))
        .OrderBy(preview => Words.KindRank(preview.Kind))
        .ThenBy(preview => preview.FirstDay)
        .ThenBy(preview => preview.Recipient, StringComparer.Ordinal)];

    /// <summary>The messages held back by the policy, by kind and reason.</summary>
    public IReadOnlyList<WithheldLine> Withheld => [.. Nudges
        .Where(nudge => nudge.Outcome == Words.Withheld)
        .GroupBy(nudge => (nudge.Kind, nudge.Reason))
        .Select(group => new WithheldLine(group.Key.Kind, group.Key.Reason, group.Count()))
        .OrderBy(line => Words.KindRank(line.Kind))
        .ThenByDescending(line => line.Messages)];

    public required IReadOnlyList<QuickWinLine> QuickWins { get; init; }

    public required ManagerDashboard Dashboard { get; init; }

    public required IReadOnlyList<ActivityMixLine> ActivityMix { get; init; }

    public required CaptureCheck Capture { get; init; }

    public required IReadOnlyList<PersonLine> People { get; init; }

    /// <summary>What the reader should know: failed system jobs, roles the solution lacks, sections that could not be filled.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
