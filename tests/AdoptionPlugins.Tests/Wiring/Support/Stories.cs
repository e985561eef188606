using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Wiring.Support;

/// <summary>The people and histories the wiring stories start from, and what they read back.</summary>
public static class Stories
{
    /// <summary>The last day an executive who stopped logging still logged something.</summary>
    public static readonly DateTime StoppedAfter = new(2026, 1, 30);

    /// <summary>A Monday, eight weeks after everyone was created: the first evaluation of most stories.</summary>
    public static readonly DateTime FirstEvaluation = new(2026, 3, 2);

    /// <summary>An executive who logged every weekday in January and nothing since.</summary>
    public static Guid StoppedExecutive(this AdoptionOrganization org, string name = "Erin Walsh", int? language = null, Guid? manager = null)
    {
        var executive = org.Person(name, AdoptionTier.Executive, manager, language);
        org.LoggedWeekdays(executive, AdoptionOrganization.Start, StoppedAfter);
        return executive;
    }

    /// <summary>Someone who logged every weekday until the Friday before the first evaluation.</summary>
    public static Guid ActivePerson(this AdoptionOrganization org, string name, AdoptionTier tier = AdoptionTier.Contributor, Guid? manager = null)
    {
        var person = org.Person(name, tier, manager);
        org.LoggedWeekdays(person, AdoptionOrganization.Start, FirstEvaluation.AddDays(-3));
        return person;
    }

    /// <summary>The log rows of a recipient with this outcome.</summary>
    public static Entity[] Nudges(this AdoptionOrganization org, Guid recipient, MessageOutcome outcome) =>
        [.. org.NudgesFor(recipient).Where(row => AdoptionOrganization.Choice(row, Nudge.Outcome) == EvaluationChoices.ValueOf(outcome))];

    public static AdoptionState StateOf(this AdoptionOrganization org, Guid userId) =>
        EvaluationChoices.StateOf(AdoptionOrganization.Choice(org.ProfileOf(userId), Schema.AdoptionProfile.State));
}
