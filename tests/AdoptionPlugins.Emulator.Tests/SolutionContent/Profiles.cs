namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

/// <summary>The adoption profile's tier and state choice values as solution/ ships them (DESIGN-capture, table 3).</summary>
public static class Profiles
{
    public const int Executive = 618370000;
    public const int Manager = 618370001;
    public const int Contributor = 618370002;

    public const int New = 618370000;
    public const int Active = 618370001;
    public const int Slipping = 618370002;
    public const int Inactive = 618370003;
    public const int OnLeave = 618370004;
    public const int Excluded = 618370005;
}
