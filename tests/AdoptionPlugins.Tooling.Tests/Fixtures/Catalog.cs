using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>An indexer and every kind of parameter: out, ref, params-free defaults of each constant kind, decimal, DateTime and bare optional.</summary>
public class Catalog
{
    public string this[int index, string culture = "en"]
    {
        get => culture + index;
        set => Touched = value;
    }

    protected internal string? Touched { get; private set; }

    public bool TryFind(string key, out int position)
    {
        position = key.Length;
        return true;
    }

    public void Swap(ref int first, ref int second)
    {
        var kept = first;
        first = second;
        second = kept;
    }

    public decimal Round(decimal value, decimal step = 0.05m) => Math.Round(value / step) * step;

    public void Schedule([Optional, DateTimeConstant(630822816000000000)] DateTime when) => Touched = when.ToString("O", null);

    public string Describe(string text = "caf\u00e9 \\ \"q\"", char separator = ';', Permissions permissions = Permissions.Read, object? state = null) =>
        $"{text}{separator}{permissions}{state}";

    public void Log([Optional] string? category, double ratio = 0.5, float weight = 1.5f, long offset = -1, bool verbose = true) =>
        Touched = $"{category}{ratio}{weight}{offset}{verbose}";

    [Obsolete("Use Describe.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string Legacy() => Describe();
}
