using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Views;

/// <summary>One FetchXML <c>&lt;condition&gt;</c> of a view: a column, an operator as FetchXML spells it, and its values.</summary>
public sealed record ViewCondition(string Column, string Operator, ValueList<string> Values)
{
    public static ViewCondition Is(string column, string @operator) => new(column, @operator, []);

    public static ViewCondition Is(string column, string @operator, int value) => new(column, @operator, [value.ToString(CultureInfo.InvariantCulture)]);

    public static ViewCondition In(string column, params int[] values) =>
        new(column, "in", values.Select(value => value.ToString(CultureInfo.InvariantCulture)).ToValueList());

    /// <summary>One value as the attribute, several as <c>&lt;value&gt;</c> children, as exported views write them.</summary>
    public XElement ToXml() =>
        new(
            "condition",
            new XAttribute("attribute", Column),
            new XAttribute("operator", Operator),
            Values.Count == 1 && Operator != "in" ? new XAttribute("value", Values[0]) : null,
            Values.Count > 1 || Operator == "in" ? Values.Select(value => new XElement("value", value)) : null);
}
