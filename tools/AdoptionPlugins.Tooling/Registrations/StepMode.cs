namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>The <c>Mode</c> of a registered step.</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
