using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Dataverse;

/// <summary>One user as read for a verdict: the evaluation subject, and whether a profile row exists yet.</summary>
public sealed class SubjectRead
{
    public SubjectRead(EvaluationSubject subject, bool hasRow)
    {
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        HasRow = hasRow;
    }

    public EvaluationSubject Subject { get; }

    /// <summary>False for someone evaluated for the first time: their profile is written whatever the verdict.</summary>
    public bool HasRow { get; }
}
