using System;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using QuickWin = AdoptionPlugins.Schema.QuickWin;

namespace AdoptionPlugins.Tests.Privacy.Support;

/// <summary>Adoption data of every kind for one person, some of it older than a short retention period.</summary>
public static class PrivacyStories
{
    /// <summary>With a retention of 30 days, the first evaluation (2 March) keeps what is dated from 31 January on.</summary>
    public static readonly DateTime KeepFrom = new(2026, 1, 31);

    /// <summary>The shortest retention the settings accept, with a lookback that fits inside it.</summary>
    public static void KeepThirtyDays(this AdoptionOrganization org)
    {
        org.Setting(SettingNames.LookbackDays, "28");
        org.Setting(SettingNames.RetentionDays, "30");
    }

    /// <summary>A retention of 30 days, someone with history from both sides of the cut, and the clock on the first evaluation.</summary>
    public static Guid HistoryPastRetention(this AdoptionOrganization org, string name = "Ravi Menon")
    {
        org.KeepThirtyDays();
        var person = org.PersonWithHistory(name);
        org.MoveTo(Stories.FirstEvaluation);
        return person;
    }

    /// <summary>Someone who logged a task every weekday of January and February, with a log entry, a quick win and leave from both sides of the cut.</summary>
    public static Guid PersonWithHistory(this AdoptionOrganization org, string name)
    {
        var person = org.ActivePerson(name);
        org.LogEntry(person, new DateTime(2026, 1, 12));
        org.LogEntry(person, new DateTime(2026, 2, 16));
        org.QuickWinOf(person, new DateTime(2026, 1, 14));
        org.QuickWinOf(person, new DateTime(2026, 2, 18));
        org.LeaveFor(person, new DateTime(2026, 1, 19), new DateTime(2026, 1, 20));
        org.LeaveFor(person, new DateTime(2026, 2, 9), new DateTime(2026, 2, 10));
        return person;
    }

    public static Guid LogEntry(this AdoptionOrganization org, Guid recipient, DateTime day) => org.Service.Create(new Entity(Nudge.EntityName)
    {
        [Nudge.Name] = "Help with the CRM",
        [Nudge.RecipientId] = new EntityReference(SystemUser.EntityName, recipient),
        [Nudge.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(MessageKind.ContributorHelp)),
        [Nudge.Day] = day.Date,
        [Nudge.Outcome] = new OptionSetValue(EvaluationChoices.ValueOf(MessageOutcome.DryRun)),
        [Nudge.MessageKey] = $"help:{recipient:N}:{day:yyyy-MM-dd}",
    });

    public static Guid QuickWinOf(this AdoptionOrganization org, Guid person, DateTime day) => org.Service.Create(new Entity(QuickWin.EntityName)
    {
        [QuickWin.Name] = "First meeting logged",
        [QuickWin.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(QuickWinKind.FirstMeeting)),
        [QuickWin.Day] = day.Date,
        [QuickWin.UserId] = new EntityReference(SystemUser.EntityName, person),
        [QuickWin.WinKey] = $"first-meeting:{person:N}:{day:yyyy-MM-dd}",
    });

    /// <summary>A sponsor digest sent to <paramref name="recipient"/> with this text in the app and in the email, written in <paramref name="language"/>.</summary>
    public static Guid DigestTo(this AdoptionOrganization org, Guid recipient, string text, int language = 1033, Guid? id = null) => org.Service.Create(new Entity(Nudge.EntityName, id ?? Guid.NewGuid())
    {
        [Nudge.Name] = "Adoption digest",
        [Nudge.RecipientId] = new EntityReference(SystemUser.EntityName, recipient),
        [Nudge.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(MessageKind.SponsorDigest)),
        [Nudge.Day] = org.Today,
        [Nudge.Outcome] = new OptionSetValue(EvaluationChoices.ValueOf(MessageOutcome.Send)),
        [Nudge.Reason] = "Sent.",
        [Nudge.Body] = text,
        [Nudge.EmailBody] = "Adoption digest\n\n" + text,
        [Nudge.Language] = language,
        [Nudge.MessageKey] = $"digest:{recipient:N}:{Guid.NewGuid():N}",
    });

    /// <summary>A deal <paramref name="owner"/> won, celebrated with this text on the dashboard.</summary>
    public static Guid DealWinOf(this AdoptionOrganization org, Guid owner, string body) => org.Service.Create(new Entity(QuickWin.EntityName)
    {
        [QuickWin.Name] = "Deal won",
        [QuickWin.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(QuickWinKind.DealWon)),
        [QuickWin.Day] = org.Today,
        [QuickWin.UserId] = new EntityReference(SystemUser.EntityName, owner),
        [QuickWin.Body] = body,
        [QuickWin.WinKey] = $"deal:{Guid.NewGuid():N}",
    });

    /// <summary>The rows of a table that are about this person.</summary>
    public static int RowsOf(this AdoptionOrganization org, string table, string personColumn, Guid person) =>
        org.Rows(table).Count(row => row.GetAttributeValue<EntityReference>(personColumn)?.Id == person);

    /// <summary>The earliest date in a column of a table, over every row.</summary>
    public static DateTime Earliest(this AdoptionOrganization org, string table, string column) =>
        org.Rows(table).Min(row => row.GetAttributeValue<DateTime>(column));
}
