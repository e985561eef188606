namespace AdoptionPlugins.Cli;

/// <summary>Exit codes every verb uses, so scripts can tell a finding from a mistake in the call.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int BadInput = 2;
}
