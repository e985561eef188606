using System;

namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>A constrained generic class with an implicit and an explicit interface implementation.</summary>
public class Cache<TKey, TValue> : IConverter<TKey, TValue>, IDisposable
    where TKey : struct
    where TValue : class, IDisposable, new()
{
    public string Name => "cache";

    public TValue Convert(TKey input) => new();

    public T Wrap<T>(T value)
        where T : IComparable<T> => value;

    // Explicit: private in metadata, so it must not be listed.
    void IDisposable.Dispose() => GC.SuppressFinalize(this);
}
