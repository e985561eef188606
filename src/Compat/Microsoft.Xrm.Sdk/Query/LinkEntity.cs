using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table to another inside a QueryExpression.</summary>
public sealed class LinkEntity : IExtensibleDataObject
{
    public LinkEntity()
    {
        Columns = new ColumnSet();
        LinkCriteria = new FilterExpression();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        : this()
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    public ColumnSet Columns { get; set; }

    public string EntityAlias { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public JoinOperator JoinOperator { get; set; }

    public FilterExpression LinkCriteria { get; set; }

    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    public string LinkFromAttributeName { get; set; }

    public string LinkFromEntityName { get; set; }

    public string LinkToAttributeName { get; set; }

    public string LinkToEntityName { get; set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        => AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
