using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The shipped cloud flow runs the evaluation every day, page after page, through a connection reference the solution declares.</summary>
public sealed class DailyFlowTests
{
    private static readonly string Workflows = Path.Combine(AdoptionOrganization.SolutionFolder, "Workflows");

    [Fact]
    public void Flow_IsAModernFlowThatShipsOff()
    {
        var data = XDocument.Load(Directory.GetFiles(Workflows, "*.json.data.xml").Single()).Root!;

        Assert.Equal(("5", "0", "none"), (data.Element("Category")?.Value, data.Element("StateCode")?.Value, data.Element("PrimaryEntity")?.Value));
    }

    [Fact]
    public void Trigger_IsADailyRecurrence()
    {
        var trigger = Definition().GetProperty("triggers").EnumerateObject().Single().Value;

        Assert.Equal(("Recurrence", "Day", 1), (trigger.GetProperty("type").GetString(), trigger.GetProperty("recurrence").GetProperty("frequency").GetString(), trigger.GetProperty("recurrence").GetProperty("interval").GetInt32()));
    }

    [Fact]
    public void Loop_CallsTheEvaluationWithEachCursorUntilHasMoreIsFalse()
    {
        var loop = Definition().GetProperty("actions").EnumerateObject().Single(action => action.Value.GetProperty("type").GetString() == "Until").Value;
        var call = loop.GetProperty("actions").EnumerateObject().Single(action => action.Value.GetProperty("type").GetString() == "OpenApiConnection").Value.GetProperty("inputs");

        Assert.Equal("@equals(variables('HasMore'), false)", loop.GetProperty("expression").GetString());
        Assert.Equal(("PerformUnboundAction", EvaluateAdoptionMessage.UniqueName), (call.GetProperty("host").GetProperty("operationId").GetString(), call.GetProperty("parameters").GetProperty("actionName").GetString()));
        Assert.Equal("@variables('Cursor')", call.GetProperty("parameters").GetProperty("item/" + EvaluateAdoptionMessage.Cursor).GetString());
    }

    [Fact]
    public void ConnectionReference_IsDeclaredInCustomizationsForTheDataverseConnector()
    {
        var flow = Flow().GetProperty("properties").GetProperty("connectionReferences").EnumerateObject().Single();
        var name = flow.Value.GetProperty("connection").GetProperty("connectionReferenceLogicalName").GetString();

        var declared = XDocument.Load(Path.Combine(AdoptionOrganization.SolutionFolder, "Other", "Customizations.xml")).Descendants("connectionreference")
            .Single(reference => (string?)reference.Attribute("connectionreferencelogicalname") == name);

        Assert.StartsWith("adopt_sharedcommondataserviceforapps_", name, StringComparison.Ordinal);
        Assert.Equal("/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps", declared.Element("connectorid")?.Value);
    }

    private static JsonElement Flow()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(Workflows, "*.json").Single()));
        return document.RootElement.Clone();
    }

    private static JsonElement Definition() => Flow().GetProperty("properties").GetProperty("definition");
}
