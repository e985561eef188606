namespace AdoptionPlugins.Adoption.Capture.Reconcile;

/// <summary>What a reconcile page does: derive missing signals from one source table's rows, or roll users' signals up into days.</summary>
public enum ReconcilePhase
{
    Sources,
    RollUp,
}
