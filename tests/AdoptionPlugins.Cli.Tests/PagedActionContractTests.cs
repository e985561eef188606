using System.Linq;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Operations;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

/// <summary>Holds the client's view of the paged custom APIs to what solution/customapis ships and to the plugin's own limits.</summary>
public class PagedActionContractTests
{
    public static TheoryData<string> Actions => [AdoptionActions.Reconcile.UniqueName, AdoptionActions.Evaluate.UniqueName];

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryInputTheClientSends_IsAShippedParameterOfThatType(string name)
    {
        var (client, shipped) = Both(name);

        var sent = client.Inputs.Select(input => $"{input.Key}: {input.Value}");

        Assert.Empty(sent.Except(shipped.RequestParameters.Select(parameter => $"{parameter.UniqueName}: {parameter.Type}")));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryRequiredShippedParameter_IsSentByTheClient(string name)
    {
        var (client, shipped) = Both(name);

        var required = shipped.RequestParameters.Where(parameter => !parameter.IsOptional).Select(parameter => parameter.UniqueName);

        Assert.Empty(required.Except(client.Inputs.Keys));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryAnswerTheClientReads_IsAShippedPropertyOfThatType(string name)
    {
        var (client, shipped) = Both(name);

        var read = client.Counters.Select(counter => $"{counter}: {CustomApiParameterType.Integer}")
            .Append($"{PagedAction.HasMore}: {CustomApiParameterType.Boolean}").Append($"{PagedAction.NextCursor}: {CustomApiParameterType.String}");

        Assert.Empty(read.Except(shipped.ResponseProperties.Select(property => $"{property.UniqueName}: {property.Type}")));
    }

    [Fact]
    public void Limits_AreThePluginsOwn()
    {
        var client = (AdoptionActions.Reconcile.UniqueName, AdoptionActions.MaxReconcileDays, AdoptionActions.Reconcile.DefaultPageSize, AdoptionActions.Reconcile.MaxPageSize,
            AdoptionActions.Evaluate.UniqueName, AdoptionActions.Evaluate.DefaultPageSize, AdoptionActions.Evaluate.MaxPageSize, AdoptionActions.SendingSwitch);

        var plugin = (ReconcileActivityMessage.UniqueName, ReconcileRequest.MaxDays, ReconcileRequest.DefaultPageSize, ReconcileRequest.MaxPageSize,
            EvaluateAdoptionMessage.UniqueName, EvaluationRequest.DefaultPageSize, EvaluationRequest.MaxPageSize, EnvironmentVariables.SendingEnabled);

        Assert.Equal(plugin, client);
    }

    private static (PagedAction Client, CustomApiRegistration Shipped) Both(string name)
    {
        var client = new[] { AdoptionActions.Reconcile, AdoptionActions.Evaluate }.Single(action => action.UniqueName == name);
        var solution = RepositoryFolders.InRepository("solution");
        var shipped = CustomApiXml.ReadFolder(solution, System.IO.Path.Combine(solution, CustomApiXml.Folder, name));
        Assert.Equal((CustomApiBindingType.Global, false), (shipped.BindingType, shipped.IsFunction));
        return (client, shipped);
    }
}
