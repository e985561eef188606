namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>An internal type with public members: none of it may be listed.</summary>
internal sealed class InternalHelper
{
    public static int Answer => 42;
}
