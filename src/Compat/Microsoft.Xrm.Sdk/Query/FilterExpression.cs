using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A group of conditions and nested filters joined by And or Or.</summary>
public sealed class FilterExpression : IExtensibleDataObject
{
    public FilterExpression()
        : this(LogicalOperator.And)
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
        Conditions = new DataCollection<ConditionExpression>();
        Filters = new DataCollection<FilterExpression>();
    }

    public DataCollection<ConditionExpression> Conditions { get; private set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public LogicalOperator FilterOperator { get; set; }

    public DataCollection<FilterExpression> Filters { get; private set; }

    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
        => Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        => Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    public void AddFilter(FilterExpression childFilter)
    {
        if (childFilter != null)
        {
            Filters.Add(childFilter);
        }
    }

    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }
}
