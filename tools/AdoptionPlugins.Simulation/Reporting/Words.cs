using System;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Work;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>The report's words for choice values, personas and counts; tiers and states use the product's own vocabulary.</summary>
public static class Words
{
    public const string NotEvaluated = "Not evaluated";
    public const string Sent = "Sent";
    public const string Withheld = "Withheld";

    private static readonly TextLanguage English = TextCatalog.Get(AdoptionSettings.English);

    public static string Tier(int? value) => value is { } choice ? Tier(EvaluationChoices.TierOf(choice)) : NotEvaluated;

    public static string Tier(AdoptionTier tier) => Capitalized(English.Name(tier));

    public static string State(int? value) => value is { } choice ? Capitalized(English.Name(EvaluationChoices.StateOf(choice))) : NotEvaluated;

    private static readonly string[] KindsByImportance = ["Lead by example", "Sponsor digest", "Team summary", "Help", "Quick win notice"];

    /// <summary>Where a message kind stands among the others: the executive's nudge first, quick win notices last.</summary>
    public static int KindRank(string kind)
    {
        var rank = Array.IndexOf(KindsByImportance, kind);
        return rank < 0 ? KindsByImportance.Length : rank;
    }

    public static string NudgeKind(MessageKind kind) => kind switch
    {
        MessageKind.ExecutiveNudge => "Lead by example",
        MessageKind.TeamSummary => "Team summary",
        MessageKind.ContributorHelp => "Help",
        MessageKind.SponsorDigest => "Sponsor digest",
        MessageKind.QuickWinNotice => "Quick win notice",
        _ => kind.ToString(),
    };

    public static string Outcome(MessageOutcome outcome) => outcome switch
    {
        MessageOutcome.Send => Sent,
        MessageOutcome.DryRun => "Dry run",
        MessageOutcome.Withheld => Withheld,
        _ => outcome.ToString(),
    };

    public static string QuickWin(QuickWinKind kind) => kind switch
    {
        QuickWinKind.DealWon => "Deal won with logged work",
        QuickWinKind.FirstMeeting => "First meeting",
        QuickWinKind.Comeback => "Comeback",
        QuickWinKind.TeamMilestone => "Team milestone",
        _ => kind.ToString(),
    };

    public static string Counted(CountedAs counted) => counted switch
    {
        CountedAs.Task => "Tasks",
        CountedAs.PhoneCall => "Phone calls",
        CountedAs.Meeting => "Meetings",
        CountedAs.EmailSent => "Emails sent from the CRM",
        CountedAs.EmailTracked => "Emails tracked by server-side sync",
        CountedAs.Note => "Notes",
        CountedAs.OpportunityCreated => "Opportunities created",
        CountedAs.OpportunityWorked => "Opportunities worked",
        CountedAs.OpportunityWon => "Opportunities won",
        CountedAs.Completed => "Activities completed",
        CountedAs.LoggedOnBehalf => "Logged on someone's behalf",
        _ => counted.ToString(),
    };

    /// <summary>The part the person plays, as the report's organization table tells it.</summary>
    public static string Story(PlannedPerson person, OrganizationPlan plan, Func<int, DateTime> dateOf)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dateOf);
        return person.Persona switch
        {
            Persona.ChiefExecutive => "CEO and adoption sponsor; leads by example",
            Persona.LeadingExecutive => "Executive who uses the CRM throughout",
            Persona.LapsingExecutive => $"Executive who stops using the CRM from {Date(dateOf(person.LapsesOnDay ?? 0))}",
            Persona.DelegatingExecutive => "Executive who leaves the logging to an assistant",
            Persona.ExecutiveAssistant => $"Assistant who logs for {(person.LogsForId is { } executive ? plan.Person(executive).FullName : "an executive")}",
            Persona.CrmAdministrator => "CRM administrator; runs the daily evaluation, excluded from adoption",
            Persona.SalesManager => "Sales manager",
            Persona.NewStarter => $"New starter, joins on {Date(dateOf(person.JoinsOnDay ?? 0))}",
            Persona.RepOnLeave when person.Leave is { } leave => $"Sales rep on leave {Date(dateOf(leave.First))} to {Date(dateOf(leave.Last))}",
            Persona.IntegrationUser => "ERP integration (application user)",
            _ => "Sales rep",
        };
    }

    /// <summary>Why some quick wins are dated before the simulated days, or null when none is.</summary>
    public static string? WinsBeforeInstall(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var before = report.QuickWins.Count(win => win.Day < report.Summary.FirstDay);
        return before == 0
            ? null
            : $"{Number(before)} of {Number(report.QuickWins.Count)} quick wins came before the install on {Date(report.Summary.FirstDay)}, found in the backfilled history.";
    }

    public static string Date(DateTime day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateTime day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(int? value) => value is { } percent ? percent.ToString(CultureInfo.InvariantCulture) + "%" : "-";

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
