namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A structured query: table, columns, criteria, joins, orders and paging.</summary>
public sealed class QueryExpression : QueryBase
{
    public QueryExpression()
        : this(null)
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        ColumnSet = new ColumnSet();
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public ColumnSet ColumnSet { get; set; }

    public FilterExpression Criteria { get; set; }

    public bool Distinct { get; set; }

    public string EntityName { get; set; }

    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    public bool NoLock { get; set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public PagingInfo PageInfo { get; set; }

    public int? TopCount { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        => AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
