using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Keyed collection behind attributes, parameters and images; the real one wraps a dictionary with the default (case-sensitive) comparer.</summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
{
    private readonly IDictionary<TKey, TValue> _items;

    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _items = collection;
    }

    public int Count => _items.Count;

    public virtual bool IsReadOnly => _items.IsReadOnly;

    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    public ICollection<TKey> Keys => _items.Keys;

    public ICollection<TValue> Values => _items.Values;

    public void Add(TKey key, TValue value) => _items.Add(key, value);

    public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            throw new System.ArgumentNullException(nameof(items));
        }

        foreach (var item in items)
        {
            _items.Add(item);
        }
    }

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void Clear() => _items.Clear();

    public bool Contains(TKey key) => _items.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    public bool Remove(TKey key) => _items.Remove(key);

    public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
