using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Named request parameters, response results, shared variables and plugin input/output parameters.</summary>
public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    public bool TryGetValue<T>(string key, out T value)
    {
        if (base.TryGetValue(key, out object raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
