using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>The German texts (1031), formal address ("Sie"), complete like the English ones.</summary>
public sealed class GermanTexts : TextLanguage
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] Weekdays =
        ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public override int Lcid => 1031;

    public override string EnglishName => "German";

    protected override string ThousandsSeparator => ".";

    // German sets the percent sign apart with a no-break space (DIN 5008).
    protected override string PercentSign => "\u00A0%";

    protected override string OpeningQuote => "\u201E";

    protected override string ClosingQuote => "\u201C";

    protected override string ListAnd => " und ";

    public override string FormatDate(DateTime day) =>
        string.Format(CultureInfo.InvariantCulture, "{0}. {1} {2}", day.Day, Months[day.Month - 1], day.Year);

    public override string WeekdayName(DayOfWeek day) => Weekdays[(int)day];

    public override string? Template(TextKey key) => key switch
    {
        TextKey.TierExecutive => "Geschäftsleitung",
        TextKey.TierManager => "Führungskraft",
        TextKey.TierContributor => "Mitarbeitende",
        TextKey.TierExcluded => "ausgenommen",
        TextKey.StateNew => "neu",
        TextKey.StateActive => "aktiv",
        TextKey.StateSlipping => "nachlassend",
        TextKey.StateInactive => "inaktiv",
        TextKey.StateOnLeave => "abwesend",
        TextKey.StateExcluded => "ausgenommen",

        TextKey.ReasonStateFirst => "Jetzt {state}.",
        TextKey.ReasonStateChanged => "Jetzt {state} (vorher {previous}).",
        TextKey.ReasonStateKept => "Weiterhin {state}, seit dem {since}.",
        TextKey.ReasonTierRole => "Stufe: {tier}, aus der Sicherheitsrolle „{role}“.",
        TextKey.ReasonTierTitleRule => "Stufe: {tier}, weil die Stellenbezeichnung „{title}“ den Begriff „{phrase}“ enthält.",
        TextKey.ReasonTierExplicit => "Stufe: {tier}, von der Administration festgelegt.",
        TextKey.ReasonTierDefault => "Stufe: {tier}, die Voreinstellung, wenn keine Rollen- oder Titelregel zutrifft.",
        TextKey.ReasonExcluded => "Nicht bewertet: Personen der Stufe „ausgenommen“ werden nicht erfasst.",
        TextKey.ReasonOnLeave => "Abwesend vom {start} bis zum {end}; Abwesenheitstage zählen nie gegen jemanden.",
        TextKey.ReasonMeasured => "Aktivität an {active} von {working|# Arbeitstag|# Arbeitstagen} erfasst ({share}), vom {from} bis zum {to}.",
        TextKey.ReasonThresholds => "In der Stufe {tier} gilt als aktiv, wer an mindestens {active} der Arbeitstage etwas erfasst, und als inaktiv, wer unter {inactive} liegt.",
        TextKey.ReasonHeld => "Bleibt {state}: {share} liegt noch nicht {margin|# Prozentpunkt|# Prozentpunkte} jenseits des Schwellenwerts; so springt der Zustand nicht von Tag zu Tag hin und her.",
        TextKey.ReasonGrace => "Neu seit dem {firstSeen}: Während der Einarbeitungszeit bis zum {graceEnd} wird niemand markiert.",
        TextKey.ReasonThinDataKept => "Nur {working|# Arbeitstag|# Arbeitstage} zur Beurteilung (mindestens {minimum} sind nötig); der Zustand kann sich daher verbessern, aber nicht verschlechtern.",
        TextKey.ReasonThinDataNew => "Nur {working|# Arbeitstag|# Arbeitstage} zur Beurteilung (mindestens {minimum} sind nötig); bis dahin wird die Person wie ein Neuzugang behandelt.",
        TextKey.ReasonLeaveSkipped => "{days|# Abwesenheitstag wurde|# Abwesenheitstage wurden} nicht mitgezählt.",
        TextKey.ReasonPartTime => "Arbeitstage: {weekdays}; an anderen Tagen wird nichts erwartet.",
        TextKey.ReasonLastActivity => "Letzte eigene Aktivität am {day}.",
        TextKey.ReasonNoActivity => "Keine eigene Aktivität seit dem {from}.",
        TextKey.ReasonTrackedNotCounted => "{count|# per serverseitiger Synchronisierung automatisch nachverfolgte E-Mail zählte|# per serverseitiger Synchronisierung automatisch nachverfolgte E-Mails zählten} nicht als eigene Nutzung.",
        TextKey.ReasonOnBehalf => "{count|# Aktivität wurde|# Aktivitäten wurden} von anderen für die Person erfasst; das zählt nicht als eigene Nutzung.",
        TextKey.ReasonOnLeaveWithoutDates => "Abwesend; Abwesenheitstage zählen nie gegen jemanden.",
        TextKey.ReasonHeldWithoutFigures => "Bleibt {state}: Der Anteil aktiver Tage liegt noch nicht {margin|# Prozentpunkt|# Prozentpunkte} jenseits des Schwellenwerts; so springt der Zustand nicht von Tag zu Tag hin und her.",
        TextKey.ReasonThinDataKeptWithoutFigures => "Noch zu wenige Arbeitstage zur Beurteilung (mindestens {minimum} sind nötig); der Zustand kann sich daher verbessern, aber nicht verschlechtern.",
        TextKey.ReasonThinDataNewWithoutFigures => "Noch zu wenige Arbeitstage zur Beurteilung (mindestens {minimum} sind nötig); bis dahin wird die Person wie ein Neuzugang behandelt.",
        TextKey.ReasonFiguresWithheld => "Der Datenschutzmodus ist aktiv: Dieser Text nennt nicht, was die Person wann erfasst hat. Sie selbst sieht ihre Aktivitätstage, und die Zahlen stehen in Spalten, die nur das Profil „Adoption Figures“ lesen darf.",

        TextKey.Greeting => "Guten Tag {name},",
        TextKey.Signature => "Ihr CRM-Einführungsassistent",
        TextKey.OptOutLine => "Eine solche Nachricht erhalten Sie {days|höchstens einmal am Tag|höchstens einmal alle # Tage}. Wenn Sie keine wünschen, können Sie sich in Ihrem Einführungsprofil abmelden.",

        TextKey.ExecNudgeTitle => "Mit gutem Beispiel vorangehen: die Arbeit Ihres Teams im CRM",
        TextKey.ExecNudgeSubject => "Was Ihr Team im CRM erfasst hat",
        TextKey.ExecTeamLogged => "Ihr Team hat {days|am letzten Tag|in den letzten # Tagen} {count|# Aktivität|# Aktivitäten} erfasst.",
        TextKey.ExecTeamLoggedIncluding => "Ihr Team hat {days|am letzten Tag|in den letzten # Tagen} {count|# Aktivität|# Aktivitäten} erfasst, darunter {kinds}.",
        TextKey.KindMeetings => "{count|# Termin|# Termine}",
        TextKey.KindPhoneCalls => "{count|# Telefonat|# Telefonate}",
        TextKey.KindOpportunitiesWon => "{count|# gewonnene Verkaufschance|# gewonnene Verkaufschancen}",
        TextKey.ExecTeamActive => "Regelmäßig im CRM: {active} von {members|# Person|# Personen} in Ihrem Team.",
        TextKey.ExecTeamHidden => "Teamzahlen erscheinen, sobald Ihr Team mindestens {minimum} Personen umfasst.",
        TextKey.ExecDealWon => "Gewonnen wurde „{deal}“, mit {activities|# erfassten Aktivität|# erfassten Aktivitäten} auf dem Weg dorthin.",
        TextKey.ExecOwnUse => "Sie selbst haben an {active} Ihrer letzten {working|# Arbeitstag|# Arbeitstage} Aktivität erfasst.",
        TextKey.ExecInvitation => "Öffnen Sie in Ihrer nächsten Teambesprechung die Pipeline im CRM, statt nach einer Tabelle zu fragen: Wenn Ihr Team sieht, dass gelesen wird, was es erfasst, erfasst es weiter.",
        TextKey.ExecWhy => "Warum diese Nachricht: Teams nutzen das CRM, wenn ihre Führung es sichtbar tut.",

        TextKey.TeamSummaryTitle => "Ihr Team im CRM",
        TextKey.TeamSummarySubject => "Zusammenfassung: Ihr Team im CRM",
        TextKey.TeamCounts => "Ihr Team ({members|# Person|# Personen}): {active} aktiv, {slipping} nachlassend, {inactive} inaktiv.",
        TextKey.TeamNotJudged => "Noch nicht bewertet: {new|# Neuzugang|# Neuzugänge} in der Einarbeitungszeit, {leave|# Person|# Personen} abwesend.",
        TextKey.TeamTrendUp => "Zusammen haben sie {days|am letzten Tag|in den letzten # Tagen} {count|# Aktivität|# Aktivitäten} erfasst, mehr als zuvor ({previous}).",
        TextKey.TeamTrendDown => "Zusammen haben sie {days|am letzten Tag|in den letzten # Tagen} {count|# Aktivität|# Aktivitäten} erfasst, weniger als zuvor ({previous}).",
        TextKey.TeamTrendSame => "Zusammen haben sie {days|am letzten Tag|in den letzten # Tagen} {count|# Aktivität|# Aktivitäten} erfasst, genauso viele wie zuvor.",
        TextKey.TeamMightWelcomeHand => "Freuen sich vielleicht über Unterstützung beim Wiedereinstieg ins CRM: {names}.",
        TextKey.TeamWins => "Schnelle Erfolge in Ihrem Team: {wins}",
        TextKey.TeamTip => "Teams richten sich nach dem, worauf ihre Führungskraft schaut: Gehen Sie im nächsten Einzelgespräch die Pipeline im CRM durch – so helfen Sie am schnellsten.",

        TextKey.HelpTitle => "{count|# Verkaufschance braucht|# Verkaufschancen brauchen} einen nächsten Schritt",
        TextKey.HelpSubject => "Einige Ihrer Verkaufschancen brauchen einen nächsten Schritt",
        TextKey.HelpNoNextStep => "Für {count|# Ihrer offenen Verkaufschancen|# Ihrer offenen Verkaufschancen} ist keine nächste Aktivität geplant: {names}.",
        TextKey.HelpOverdue => "Außerdem {count|ist # Aktivität|sind # Aktivitäten} überfällig; wenn Sie sie abschließen oder verschieben, bleibt Ihr Kalender verlässlich.",
        TextKey.HelpTip => "Eine kurze Folgeaufgabe je Verkaufschance sorgt dafür, dass nichts untergeht, und lässt Kolleginnen und Kollegen einspringen, wenn Sie nicht da sind.",

        TextKey.DigestTitle => "Ihre Übersicht zur CRM-Einführung",
        TextKey.DigestSubject => "CRM-Einführung: {days|der letzte Tag|die letzten # Tage}",
        TextKey.DigestInAppBody => "{leaders} {everyone} Die vollständige Übersicht finden Sie in Ihrer E-Mail.",
        TextKey.GroupLeaders => "Führung (Geschäftsleitung und Führungskräfte)",
        TextKey.GroupEveryone => "Alle",
        TextKey.DigestGroupFirst => "{group}: {active} von {judged|# Person|# Personen} aktiv ({share}).",
        TextKey.DigestGroupUp => "{group}: {active} von {judged|# Person|# Personen} aktiv ({share}), gestiegen von {previous}.",
        TextKey.DigestGroupDown => "{group}: {active} von {judged|# Person|# Personen} aktiv ({share}), gesunken von {previous}.",
        TextKey.DigestGroupSame => "{group}: {active} von {judged|# Person|# Personen} aktiv ({share}), unverändert.",
        TextKey.DigestGroupHidden => "{group}: weniger als {minimum} Personen, daher zeigt der Datenschutzmodus keine Zahlen.",
        TextKey.DigestNotJudged => "Noch nicht bewertet: {new|# Neuzugang|# Neuzugänge} in der Einarbeitungszeit, {leave|# Person|# Personen} abwesend.",
        TextKey.DigestWinsHeading => "Schnelle Erfolge, die sich zu teilen lohnen:",
        TextKey.DigestNoWins => "Diesmal keine schnellen Erfolge; gewonnene Abschlüsse und erste erfasste Termine erscheinen hier.",
        TextKey.DigestNudgesNamed => "Eingeladen, mit gutem Beispiel voranzugehen: {names}.",
        TextKey.DigestNudgesCounted => "{count|# Führungskraft wurde|# Führungskräfte wurden} eingeladen, mit gutem Beispiel voranzugehen.",
        TextKey.DigestWithheld => "{count|# Nachricht wurde|# Nachrichten wurden} zurückgehalten (Abmeldung, VIP-Liste, Ruhetag, Pause oder Obergrenze); das Nachrichtenprotokoll nennt jeweils den Grund.",
        TextKey.DigestDryRun => "Der Versand ist ausgeschaltet, daher wurde nichts gesendet: {count|# Nachricht wäre|# Nachrichten wären} verschickt worden. Die Probelauf-Liste im Nachrichtenprotokoll zeigt, wer was bekommen würde.",
        TextKey.DigestTip => "Teilen Sie einen dieser Erfolge in Ihrer nächsten Führungsrunde: Menschen übernehmen, was sie funktionieren sehen.",

        TextKey.WinDealTitle => "Abschluss gewonnen – mit dem CRM im Rücken",
        TextKey.WinDealNamed => "„{deal}“ wurde gewonnen, mit {activities|# Aktivität|# Aktivitäten} auf dem Weg dorthin, erfasst von {names}.",
        TextKey.WinDealAnonymous => "„{deal}“ wurde gewonnen, mit {activities|# erfassten Aktivität|# erfassten Aktivitäten} auf dem Weg dorthin.",
        TextKey.WinFirstMeetingTitle => "Erster Termin erfasst",
        TextKey.WinFirstMeetingSelf => "Sie haben am {day} Ihren ersten Termin im CRM erfasst. Ihre Notizen stehen jetzt allen zur Verfügung, die als Nächste mit diesem Kunden arbeiten.",
        TextKey.WinFirstMeetingNamed => "{name} hat am {day} den ersten Termin im CRM erfasst.",
        TextKey.WinFirstMeetingAnonymous => "Eine Kollegin oder ein Kollege hat am {day} den ersten Termin im CRM erfasst.",
        TextKey.WinComebackTitle => "Zurück im CRM",
        TextKey.WinComebackSelf => "Schön, dass Sie wieder im CRM sind: Was Sie erfassen, hilft dem ganzen Team, den Überblick über Ihre Kunden zu behalten.",
        TextKey.WinComebackNamed => "{name} nutzt das CRM wieder regelmäßig.",
        TextKey.WinComebackAnonymous => "Eine Kollegin oder ein Kollege nutzt das CRM wieder regelmäßig.",
        TextKey.WinTeamTitle => "Meilenstein im Team",
        TextKey.WinTeamNamed => "Im Team von {manager} nutzen jetzt {active} von {members|# Person|# Personen} das CRM regelmäßig ({share}); die Marke von {threshold} ist erreicht.",
        TextKey.WinTeamSelf => "Ihr Team hat {threshold} erreicht: {active} von {members|# Person|# Personen} nutzen das CRM jetzt regelmäßig.",

        TextKey.WinsSeveralTitle => "{count|# schneller Erfolg|# schnelle Erfolge} zum Feiern",
        TextKey.SummaryEveryone => "Alle",
        TextKey.SummaryExecutives => "Geschäftsleitung",
        TextKey.SummaryManagers => "Führungskräfte",
        TextKey.SummaryContributors => "Mitarbeitende",
        TextKey.SummaryTeamOf => "Team von {manager}",

        TextKey.LanguageFallback => "Keine Texte in Sprache {requested}; verwendet wurde {used}.",
        TextKey.OutcomeSent => "Gesendet.",
        TextKey.OutcomeDryRun => "Probelauf: Der Versand ist ausgeschaltet, daher wurde nichts gesendet.",
        TextKey.WithheldAlreadyHandled => "Nicht erneut gesendet: Diese Nachricht wurde heute bereits verarbeitet, und eine Wiederholung sendet nie etwas doppelt.",
        TextKey.WithheldAudienceOff => "Nicht gesendet: Diese Art von Nachricht ist in den Einstellungen ausgeschaltet.",
        TextKey.WithheldOptedOut => "Nicht gesendet: Die Person hat sich von Einführungsnachrichten abgemeldet.",
        TextKey.WithheldVip => "Nicht gesendet: Die Person steht auf der VIP-Liste und erhält nie automatische Nachrichten.",
        TextKey.WithheldQuietDay => "Nicht gesendet: Der {day} ist ein Ruhetag; die Nachricht wird am nächsten Versandtag neu geprüft.",
        TextKey.WithheldPeriod => "Nicht gesendet: Die Person hat am {day} eine Nachricht erhalten und bekommt {days|höchstens eine am Tag|höchstens eine alle # Tage}.",
        TextKey.WithheldCoolDown => "Nicht gesendet: Eine Nachricht dieser Art ging am {day} hinaus; die nächste darf nach {days|# Tag|# Tagen} folgen.",
        TextKey.WithheldNoResponseYet => "Nicht gesendet: Auf die letzte Nachricht vom {day} folgte noch keine Nutzung des CRM; eine Nachricht je Pause genügt, den Überblick behält die Sponsor-Übersicht.",
        TextKey.WithheldRunLimit => "Nicht gesendet: Dieser Lauf hat seine Obergrenze von {limit|# Nachricht|# Nachrichten} erreicht; sie wird beim nächsten Lauf neu geprüft.",
        TextKey.WithheldOtherChosen => "Nicht gesendet: Die Person erhält in diesem Lauf eine wichtigere Nachricht.",
        TextKey.WithheldNoSponsor => "Nicht gesendet: In den Einstellungen ist kein Sponsor festgelegt.",
        TextKey.WithheldGroupTooSmall => "Nicht gesendet: Die Gruppe hat weniger als {minimum} Personen, daher erlaubt der Datenschutzmodus keine Zahlen.",
        TextKey.EmailSkippedNoQueue => "Keine E-Mail: Es ist keine Versandwarteschlange festgelegt, daher nur in der App.",
        TextKey.EmailSkippedNoAddress => "Keine E-Mail: Die Person hat keine E-Mail-Adresse, daher nur in der App.",
        TextKey.ListMore => "{count|# weitere|# weitere}",
        TextKey.ErasedPerson => "N. N.",
        _ => null,
    };
}
