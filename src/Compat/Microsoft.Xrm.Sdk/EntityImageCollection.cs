using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Pre- and post-operation entity images keyed by the alias given at step registration.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected internal EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
