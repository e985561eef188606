namespace AdoptionPlugins.Tests.Support;

/// <summary>Entry points to the adoption-rule builders: <c>Given.User().Executive()</c>, <c>Given.Settings().SendingOn()</c>.</summary>
public static class Given
{
    public static SubjectBuilder User() => new();

    public static SettingsBuilder Settings() => new();
}
