using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Dataverse;

/// <summary>One user as read for a verdict: the evaluation subject, and whether a profile row exists yet.</summary>
public sealed class SubjectRead
{
    public SubjectRead(EvaluationSubject subject, bool hasRow, bool needsNewReason = false)
    {
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        HasRow = hasRow;
        NeedsNewReason = needsNewReason;
    }

    public EvaluationSubject Subject { get; }

    /// <summary>False for someone evaluated for the first time: their profile is written whatever the verdict.</summary>
    public bool HasRow { get; }

    /// <summary>True when the stored reason is out of date although the verdict may stand: see <see cref="StoredProfile.NeedsNewReason"/>.</summary>
    public bool NeedsNewReason { get; }

    /// <summary>Whether the page writes this person's profile for <paramref name="verdict"/>: first sight, a changed verdict or an outdated reason.</summary>
    public bool NeedsWrite(AdoptionVerdict verdict) => !HasRow || NeedsNewReason || (verdict ?? throw new ArgumentNullException(nameof(verdict))).HasChanged;
}
