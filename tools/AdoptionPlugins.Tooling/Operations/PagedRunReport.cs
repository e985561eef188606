using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>How a paged run ended: the pages done, and when it stopped early, why and the cursor to resume from.</summary>
public sealed record PagedRunReport
{
    public required IReadOnlyList<ActionPage> Pages { get; init; }

    /// <summary>The failure that stopped the run, or null.</summary>
    public DataverseRequestException? Failure { get; init; }

    public bool StoppedByUser { get; init; }

    /// <summary>The cursor the unfinished page was asked with; null when the run stopped before its first page moved.</summary>
    public string? ResumeCursor { get; init; }

    public bool Completed => Failure is null && !StoppedByUser;

    public int Total(string counter) => Pages.Sum(page => page.Count(counter));
}
