using System.Collections.Generic;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>
/// The solution's paged custom APIs and the limits their plugins enforce, named once for the backfill and evaluate commands;
/// tests hold them to <c>solution/customapis</c> and to the plugin's own constants.
/// </summary>
public static class AdoptionActions
{
    public const string FromDate = "FromDate";
    public const string ToDate = "ToDate";
    public const string DryRun = "DryRun";
    public const string UserId = "UserId";
    public const string TeamId = "TeamId";
    public const string SignalsWritten = "SignalsWritten";
    public const string DaysWritten = "DaysWritten";
    public const string Evaluated = "Evaluated";
    public const string QuickWinsRaised = "QuickWinsRaised";
    public const string MessagesSent = "MessagesSent";
    public const string MessagesHeld = "MessagesHeld";

    /// <summary>The most days one reconcile run may cover, as the plugin refuses more.</summary>
    public const int MaxReconcileDays = 366;

    /// <summary>The Yes/No environment variable that alone turns sending on (a new install leaves it off).</summary>
    public const string SendingSwitch = "adopt_SendingEnabled";

    /// <summary><c>adopt_ReconcileActivity</c>: rebuilds activity signals and days from the source tables over a range of days.</summary>
    public static PagedAction Reconcile { get; } = new(
        "adopt_ReconcileActivity",
        "source rows",
        new Dictionary<string, CustomApiParameterType>
        {
            [FromDate] = CustomApiParameterType.DateTime,
            [ToDate] = CustomApiParameterType.DateTime,
            [PagedAction.PageSize] = CustomApiParameterType.Integer,
            [PagedAction.Cursor] = CustomApiParameterType.String,
        },
        [SignalsWritten, DaysWritten],
        DefaultPageSize: 250,
        MaxPageSize: 500);

    /// <summary><c>adopt_EvaluateAdoption</c>: the daily evaluation, for everyone, one user or one team.</summary>
    public static PagedAction Evaluate { get; } = new(
        "adopt_EvaluateAdoption",
        "users",
        new Dictionary<string, CustomApiParameterType>
        {
            [DryRun] = CustomApiParameterType.Boolean,
            [UserId] = CustomApiParameterType.Guid,
            [TeamId] = CustomApiParameterType.Guid,
            [PagedAction.PageSize] = CustomApiParameterType.Integer,
            [PagedAction.Cursor] = CustomApiParameterType.String,
        },
        [Evaluated, QuickWinsRaised, MessagesSent, MessagesHeld],
        DefaultPageSize: 100,
        MaxPageSize: 500);
}
