namespace AdoptionPlugins.Simulation.Contract;

/// <summary>
/// The custom API the daily flow calls, as DESIGN-evaluation fixes it: one page of users per call, looped while HasMore. The
/// simulation names it here because it consumes the contract while the plugin side is built; the names must stay equal to it.
/// </summary>
public static class EvaluationApi
{
    public const string Name = "adopt_EvaluateAdoption";

    public const string Cursor = "Cursor";
    public const string PageSize = "PageSize";
    public const string DryRun = "DryRun";

    public const string NextCursor = "NextCursor";
    public const string HasMore = "HasMore";
    public const string Evaluated = "Evaluated";
    public const string MessagesSent = "MessagesSent";
    public const string MessagesHeld = "MessagesHeld";
    public const string QuickWinsRaised = "QuickWinsRaised";
}
