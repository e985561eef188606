using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>List collection used throughout the SDK; its constructor is internal in the real assembly, so callers only receive one.</summary>
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    // Copies, as the real SDK does: later changes to the caller's list do not show through.
    internal DataCollection(IList<T> list)
    {
        AddRange(list);
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
