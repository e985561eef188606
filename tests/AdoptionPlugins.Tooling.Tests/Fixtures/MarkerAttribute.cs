using System;

namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>An attribute class, so the listing shows <c>[AttributeUsage(...)]</c> with a named argument.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class MarkerAttribute : Attribute
{
    public MarkerAttribute(string label) => Label = label;

    public string Label { get; }
}
