using System;
using System.Globalization;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>The subjects and notes a sales team writes, so the rows and the report read like a real organization's.</summary>
internal sealed class Subjects(Random random)
{
    private static readonly string[] Tasks =
    [
        "Send proposal to {0}", "Prepare quote for {0}", "Follow up with {0} on pricing", "Book a demo with {0}",
        "Check contract terms for {0} with legal", "Update the forecast for {0}", "Send case studies to {0}",
    ];

    private static readonly string[] Calls =
    [
        "Discovery call with {0}", "Follow-up call with {0}", "Pricing call with {0}", "Check-in call with {0}", "Reference call for {0}",
    ];

    private static readonly string[] Meetings =
    [
        "Quarterly review with {0}", "Demo for {0}", "Account planning: {0}", "Negotiation meeting with {0}", "Kick-off with {0}",
    ];

    private static readonly string[] TrackedEmails =
    [
        "RE: {0} proposal", "Meeting notes: {0}", "{0}: contract questions", "FW: {0} requirements", "RE: next steps with {0}",
    ];

    private static readonly string[] SentEmails = ["Proposal for {0}", "Next steps with {0}", "Summary of our call, {0}"];

    private static readonly string[] Notes =
    [
        "Decision maker is the CFO; budget approved for the next quarter.", "Competitor offered a discount; we lead on service.",
        "Legal review takes two weeks; start it now.", "Champion moved to a new role; find a new sponsor.",
        "They want a pilot with one team before the full rollout.",
    ];

    private static readonly string[] Products = ["Fleet renewal", "Platform licences", "Support extension", "Analytics add-on", "Onboarding services"];

    private static readonly string[] ExecutiveAgenda =
    [
        "Board pack for the month", "Prepare the QBR agenda", "Book travel for the visit to {0}", "Collect the regional forecasts",
        "Schedule the pipeline review with the VPs",
    ];

    public string Task(string company) => Pick(Tasks, company);

    public string Call(string company) => Pick(Calls, company);

    public string Meeting(string company) => Pick(Meetings, company);

    public string TrackedEmail(string company) => Pick(TrackedEmails, company);

    public string SentEmail(string company) => Pick(SentEmails, company);

    public string Note() => Notes[random.Next(Notes.Length)];

    public string Opportunity(string company) => $"{company}: {Products[random.Next(Products.Length)]}";

    public string AgendaItem(string company) => Pick(ExecutiveAgenda, company);

    private string Pick(string[] formats, string company) =>
        string.Format(CultureInfo.InvariantCulture, formats[random.Next(formats.Length)], company);
}
