namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>A static class (abstract sealed in metadata) with an extension method and a params array.</summary>
public static class TextExtensions
{
    public static string Repeat(this string text, int times = 2, string separator = ", ") =>
        string.Join(separator, System.Linq.Enumerable.Repeat(text, times));

    public static string Join(string separator, params string[] parts) => string.Join(separator, parts);
}
