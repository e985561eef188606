namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A simple query: rows whose columns equal the given values.</summary>
public sealed class QueryByAttribute : QueryBase
{
    public QueryByAttribute()
    {
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    // Only the name is set here, as in the real SDK: a caller must supply ColumnSet itself.
    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public DataCollection<string> Attributes { get; } = new DataCollection<string>();

    public ColumnSet ColumnSet { get; set; }

    public string EntityName { get; set; }

    public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

    public PagingInfo PageInfo { get; set; }

    public int? TopCount { get; set; }

    public DataCollection<object> Values { get; } = new DataCollection<object>();

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
