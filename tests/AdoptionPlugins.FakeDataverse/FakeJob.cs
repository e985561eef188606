using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>An import's system job and import job in the fake: looks left before it completes, and how it ends.</summary>
public sealed class FakeJob(Guid importJobId, int pollsLeft, Action? onSuccess, string? failureLog)
{
    public Guid ImportJobId => importJobId;

    public int PollsLeft { get; set; } = pollsLeft;

    public int PollsDone { get; set; }

    public Action? OnSuccess => onSuccess;

    public string? FailureLog => failureLog;

    public bool Completed { get; set; }
}
