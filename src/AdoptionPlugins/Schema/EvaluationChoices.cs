using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;

namespace AdoptionPlugins.Schema;

/// <summary>
/// Option values of the evaluation's choices (publisher option prefix 61837), both ways: each is 618370000 plus the enum's
/// position, as DESIGN-evaluation.md numbers them (tier, tier source and state on the profile; kind and outcome of a nudge; kind of a quick win).
/// </summary>
public static class EvaluationChoices
{
    private const int Base = 618370000;

    public static int ValueOf(AdoptionTier tier) => Base + (int)tier;

    public static int ValueOf(TierSource source) => Base + (int)source;

    public static int ValueOf(AdoptionState state) => Base + (int)state;

    public static int ValueOf(MessageKind kind) => Base + (int)kind;

    public static int ValueOf(MessageOutcome outcome) => Base + (int)outcome;

    public static int ValueOf(QuickWinKind kind) => Base + (int)kind;

    public static AdoptionTier TierOf(int value) => (AdoptionTier)Offset(value, (int)AdoptionTier.Excluded, "adopt_tier");

    public static TierSource TierSourceOf(int value) => (TierSource)Offset(value, (int)TierSource.Default, "adopt_tiersource");

    public static AdoptionState StateOf(int value) => (AdoptionState)Offset(value, (int)AdoptionState.Excluded, "adopt_state");

    public static MessageKind KindOf(int value) => (MessageKind)Offset(value, (int)MessageKind.QuickWinNotice, "adopt_kind");

    public static MessageOutcome OutcomeOf(int value) => (MessageOutcome)Offset(value, (int)MessageOutcome.Withheld, "adopt_outcome");

    public static QuickWinKind QuickWinKindOf(int value) => (QuickWinKind)Offset(value, (int)QuickWinKind.TeamMilestone, "adopt_kind");

    private static int Offset(int value, int last, string column) =>
        value - Base is var offset && offset >= 0 && offset <= last
            ? offset
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not an option of {column}.");
}
