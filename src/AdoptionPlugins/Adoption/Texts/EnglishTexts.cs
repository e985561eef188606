using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>The English texts (1033): complete, and the fallback for every language without its own.</summary>
public sealed class EnglishTexts : TextLanguage
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public override int Lcid => 1033;

    public override string EnglishName => "English";

    protected override string ThousandsSeparator => ",";

    protected override string PercentSign => "%";

    protected override string OpeningQuote => "\u201C";

    protected override string ClosingQuote => "\u201D";

    protected override string ListAnd => " and ";

    public override string FormatDate(DateTime day) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}", day.Day, Months[day.Month - 1], day.Year);

    public override string WeekdayName(DayOfWeek day) => day.ToString();

    public override string? Template(TextKey key) => key switch
    {
        TextKey.TierExecutive => "executive",
        TextKey.TierManager => "manager",
        TextKey.TierContributor => "contributor",
        TextKey.TierExcluded => "excluded",
        TextKey.StateNew => "new",
        TextKey.StateActive => "active",
        TextKey.StateSlipping => "slipping",
        TextKey.StateInactive => "inactive",
        TextKey.StateOnLeave => "on leave",
        TextKey.StateExcluded => "excluded",

        TextKey.ReasonStateFirst => "Now {state}.",
        TextKey.ReasonStateChanged => "Now {state} (was {previous}).",
        TextKey.ReasonStateKept => "Still {state}, since {since}.",
        TextKey.ReasonTierRole => "Tier: {tier}, from the security role “{role}”.",
        TextKey.ReasonTierTitleRule => "Tier: {tier}, because the job title “{title}” contains “{phrase}”.",
        TextKey.ReasonTierExplicit => "Tier: {tier}, set by an administrator.",
        TextKey.ReasonTierDefault => "Tier: {tier}, the default when no role or job title rule applies.",
        TextKey.ReasonExcluded => "Not evaluated: people in the excluded tier are not tracked.",
        TextKey.ReasonOnLeave => "On leave from {start} to {end}; days on leave never count against anyone.",
        TextKey.ReasonMeasured => "Logged activity on {active} of {working|# working day|# working days} ({share}) from {from} to {to}.",
        TextKey.ReasonThresholds => "In the {tier} tier, active means activity on at least {active} of working days, and inactive means below {inactive}.",
        TextKey.ReasonHeld => "Stays {state}: {share} has not passed the threshold by the {margin|# percentage point|# percentage points} needed to change, so the state does not flip from day to day.",
        TextKey.ReasonGrace => "New since {firstSeen}: nobody is flagged during the grace period, which runs until {graceEnd}.",
        TextKey.ReasonThinDataKept => "Only {working|# working day|# working days} to judge (at least {minimum} are needed), so the state can improve but not get worse.",
        TextKey.ReasonThinDataNew => "Only {working|# working day|# working days} to judge (at least {minimum} are needed), so they are treated like a new starter for now.",
        TextKey.ReasonLeaveSkipped => "{days|# day on leave was|# days on leave were} left out.",
        TextKey.ReasonPartTime => "Works on {weekdays}; other days are not expected.",
        TextKey.ReasonLastActivity => "Last own activity on {day}.",
        TextKey.ReasonNoActivity => "No own activity found since {from}.",
        TextKey.ReasonTrackedNotCounted => "{count|# email|# emails} tracked automatically by server-side sync did not count as own use.",
        TextKey.ReasonOnBehalf => "{count|# activity was|# activities were} logged on their behalf by others; that does not count as their own use.",
        TextKey.ReasonOnLeaveWithoutDates => "On leave; days on leave never count against anyone.",
        TextKey.ReasonHeldWithoutFigures => "Stays {state}: the share of active days has not passed the threshold by the {margin|# percentage point|# percentage points} needed to change, so the state does not flip from day to day.",
        TextKey.ReasonThinDataKeptWithoutFigures => "Too few working days to judge yet (at least {minimum} are needed), so the state can improve but not get worse.",
        TextKey.ReasonThinDataNewWithoutFigures => "Too few working days to judge yet (at least {minimum} are needed), so they are treated like a new starter for now.",
        TextKey.ReasonFiguresWithheld => "Privacy mode is on, so this text leaves out what the person logged and when: they see their own activity days, and the figures are in columns only the Adoption Figures profile can read.",

        TextKey.Greeting => "Hello {name},",
        TextKey.Signature => "Your CRM adoption assistant",
        TextKey.OptOutLine => "You get a note like this {days|at most once a day|at most once every # days}. If you would rather not, you can opt out in your adoption profile.",

        TextKey.ExecNudgeTitle => "Lead by example: your team's work in the CRM",
        TextKey.ExecNudgeSubject => "What your team logged in the CRM",
        TextKey.ExecTeamLogged => "Your team logged {count|# activity|# activities} {days|in the last day|in the last # days}.",
        TextKey.ExecTeamLoggedIncluding => "Your team logged {count|# activity|# activities} {days|in the last day|in the last # days}, including {kinds}.",
        TextKey.KindMeetings => "{count|# meeting|# meetings}",
        TextKey.KindPhoneCalls => "{count|# phone call|# phone calls}",
        TextKey.KindOpportunitiesWon => "{count|# won opportunity|# won opportunities}",
        TextKey.ExecTeamActive => "Using the CRM regularly: {active} of {members|# person|# people} in your team.",
        TextKey.ExecTeamHidden => "Team figures appear once your team has at least {minimum} people.",
        TextKey.ExecDealWon => "They won “{deal}” with {activities|# activity|# activities} logged along the way.",
        TextKey.ExecOwnUse => "You logged activity on {active} of your last {working|# working day|# working days}.",
        TextKey.ExecInvitation => "Open the pipeline in the CRM at your next team meeting instead of asking for a spreadsheet: when your team sees that what they log is read, they keep logging it.",
        TextKey.ExecWhy => "Why this note: teams use the CRM when their leaders visibly do.",

        TextKey.TeamSummaryTitle => "Your team in the CRM",
        TextKey.TeamSummarySubject => "Your team's CRM summary",
        TextKey.TeamCounts => "Your team ({members|# person|# people}): {active} active, {slipping} slipping, {inactive} inactive.",
        TextKey.TeamNotJudged => "Not judged yet: {new|# new starter|# new starters} in their grace period, {leave|# person|# people} on leave.",
        TextKey.TeamTrendUp => "Together they logged {count|# activity|# activities} {days|in the last day|in the last # days}, up from {previous}.",
        TextKey.TeamTrendDown => "Together they logged {count|# activity|# activities} {days|in the last day|in the last # days}, down from {previous}.",
        TextKey.TeamTrendSame => "Together they logged {count|# activity|# activities} {days|in the last day|in the last # days}, as many as before.",
        TextKey.TeamMightWelcomeHand => "Might welcome a hand getting back into the CRM: {names}.",
        TextKey.TeamWins => "Quick wins in your team: {wins}",
        TextKey.TeamTip => "Teams follow what their manager looks at: going through the pipeline in the CRM in your next one-to-one is the quickest way to help.",

        TextKey.HelpTitle => "{count|# opportunity needs|# opportunities need} a next step",
        TextKey.HelpSubject => "A few of your opportunities need a next step",
        TextKey.HelpNoNextStep => "{count|# of your open opportunities has|# of your open opportunities have} no next activity planned: {names}.",
        TextKey.HelpOverdue => "You also have {count|# overdue activity|# overdue activities}; completing or moving them keeps your calendar reliable.",
        TextKey.HelpTip => "A short follow-up task on each keeps them from slipping through the cracks, and lets a colleague step in when you are away.",

        TextKey.DigestTitle => "Your CRM adoption digest",
        TextKey.DigestSubject => "CRM adoption: {days|the last day|the last # days}",
        TextKey.DigestInAppBody => "{leaders} {everyone} The full digest is in your email.",
        TextKey.GroupLeaders => "Leaders (executives and managers)",
        TextKey.GroupEveryone => "Everyone",
        TextKey.DigestGroupFirst => "{group}: {active} of {judged|# person|# people} active ({share}).",
        TextKey.DigestGroupUp => "{group}: {active} of {judged|# person|# people} active ({share}), up from {previous}.",
        TextKey.DigestGroupDown => "{group}: {active} of {judged|# person|# people} active ({share}), down from {previous}.",
        TextKey.DigestGroupSame => "{group}: {active} of {judged|# person|# people} active ({share}), unchanged.",
        TextKey.DigestGroupHidden => "{group}: fewer than {minimum} people, so privacy mode shows no figures.",
        TextKey.DigestNotJudged => "Not judged yet: {new|# new starter|# new starters} in their grace period, {leave|# person|# people} on leave.",
        TextKey.DigestWinsHeading => "Quick wins worth sharing:",
        TextKey.DigestNoWins => "No quick wins this time; won deals and first logged meetings will show up here.",
        TextKey.DigestNudgesNamed => "Leaders invited to lead by example: {names}.",
        TextKey.DigestNudgesCounted => "{count|# leader was|# leaders were} invited to lead by example.",
        TextKey.DigestWithheld => "{count|# message was|# messages were} held back (opt-out, VIP list, quiet day, cool-down or limit); the message log says why for each.",
        TextKey.DigestDryRun => "Sending is off, so nothing was sent: {count|# message|# messages} would have gone out. The dry-run list in the message log shows who would get what.",
        TextKey.DigestTip => "Share one of these wins at your next leadership meeting: people adopt what they see working.",

        TextKey.WinDealTitle => "Deal won with the CRM behind it",
        TextKey.WinDealNamed => "“{deal}” was won, with {activities|# activity|# activities} logged along the way by {names}.",
        TextKey.WinDealAnonymous => "“{deal}” was won, with {activities|# activity|# activities} logged along the way.",
        TextKey.WinFirstMeetingTitle => "First meeting logged",
        TextKey.WinFirstMeetingSelf => "You logged your first meeting in the CRM on {day}. Your notes are now there for whoever works with this customer next.",
        TextKey.WinFirstMeetingNamed => "{name} logged their first meeting in the CRM on {day}.",
        TextKey.WinFirstMeetingAnonymous => "A colleague logged their first meeting in the CRM on {day}.",
        TextKey.WinComebackTitle => "Back in the CRM",
        TextKey.WinComebackSelf => "Good to have you back in the CRM: what you log helps the whole team keep track of your customers.",
        TextKey.WinComebackNamed => "{name} is back to using the CRM regularly.",
        TextKey.WinComebackAnonymous => "A colleague is back to using the CRM regularly.",
        TextKey.WinTeamTitle => "Team milestone",
        TextKey.WinTeamNamed => "In {manager}'s team {active} of {members|# person|# people} now use the CRM regularly ({share}), reaching {threshold}.",
        TextKey.WinTeamSelf => "Your team reached {threshold}: {active} of {members|# person|# people} now use the CRM regularly.",

        TextKey.WinsSeveralTitle => "{count|# quick win|# quick wins} to celebrate",
        TextKey.SummaryEveryone => "Everyone",
        TextKey.SummaryExecutives => "Executives",
        TextKey.SummaryManagers => "Managers",
        TextKey.SummaryContributors => "Contributors",
        TextKey.SummaryTeamOf => "{manager}'s team",

        TextKey.LanguageFallback => "No texts in language {requested}; used {used}.",
        TextKey.OutcomeSent => "Sent.",
        TextKey.OutcomeDryRun => "Dry run: sending is off, so this was not sent.",
        TextKey.WithheldAlreadyHandled => "Not sent again: this message was already handled today, and a retry never sends anything twice.",
        TextKey.WithheldAudienceOff => "Not sent: this kind of message is switched off in the settings.",
        TextKey.WithheldOptedOut => "Not sent: the recipient opted out of adoption messages.",
        TextKey.WithheldVip => "Not sent: the recipient is on the VIP list and is never messaged automatically.",
        TextKey.WithheldQuietDay => "Not sent: {day} is a quiet day; it is reconsidered on the next day messages may go out.",
        TextKey.WithheldPeriod => "Not sent: the recipient got a message on {day} and gets {days|at most one a day|at most one every # days}.",
        TextKey.WithheldCoolDown => "Not sent: a message of this kind went out on {day}; the next may follow after {days|# day|# days}.",
        TextKey.WithheldNoResponseYet => "Not sent: the last note, on {day}, has not been followed by any use of the CRM yet; one note per lapse is enough, and the sponsor digest keeps the overview.",
        TextKey.WithheldRunLimit => "Not sent: this run reached its limit of {limit|# message|# messages}; it is reconsidered on the next run.",
        TextKey.WithheldOtherChosen => "Not sent: the recipient gets a more important message in this run.",
        TextKey.WithheldNoSponsor => "Not sent: no sponsor is set in the settings.",
        TextKey.WithheldGroupTooSmall => "Not sent: the group has fewer than {minimum} people, so privacy mode allows no figures to share.",
        TextKey.EmailSkippedNoQueue => "No email: no sending queue is set, so this went in-app only.",
        TextKey.EmailSkippedNoAddress => "No email: the recipient has no email address, so this went in-app only.",
        TextKey.ListMore => "{count|# more|# more}",
        TextKey.ErasedPerson => "a colleague",
        _ => null,
    };
}
