namespace AdoptionPlugins.Simulation.Contract;

/// <summary>The columns DESIGN-evaluation adds to <c>adopt_adoptionprofile</c>: the window a verdict was reached over and its numbers.</summary>
public static class ProfileEvaluationColumns
{
    public const string PreviousState = "adopt_previousstate";
    public const string WorkingDays = "adopt_workingdays";
    public const string ActiveDays = "adopt_activedays";
    public const string SharePercent = "adopt_sharepercent";
}
