using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>What validate found, one problem per line, in the order the checks ran.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
