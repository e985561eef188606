using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>References passed to Associate and Disassociate.</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
