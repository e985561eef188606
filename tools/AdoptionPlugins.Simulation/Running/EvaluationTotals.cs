namespace AdoptionPlugins.Simulation.Running;

/// <summary>What one daily evaluation (all its pages) reported: people evaluated, messages sent or held, quick wins raised.</summary>
public sealed record EvaluationTotals(int Pages, int Evaluated, int MessagesSent, int MessagesHeld, int QuickWinsRaised)
{
    public static EvaluationTotals None { get; } = new(0, 0, 0, 0, 0);

    public EvaluationTotals Add(EvaluationTotals other) => new(
        Pages + other.Pages, Evaluated + other.Evaluated, MessagesSent + other.MessagesSent, MessagesHeld + other.MessagesHeld, QuickWinsRaised + other.QuickWinsRaised);
}
