namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>Nested types of each listed visibility, and a private one that must not be listed.</summary>
public class Outer
{
    private readonly Secret _secret = new();

    public override string ToString() => _secret.ToString() ?? string.Empty;

    /// <summary>A public nested type.</summary>
    public class Inner
    {
        public int Value { get; set; }
    }

    /// <summary>A protected nested type.</summary>
    protected class Helper
    {
    }

    /// <summary>A protected internal nested enum.</summary>
    protected internal enum Mode
    {
        Off,
        On,
    }

    private sealed class Secret
    {
    }
}
