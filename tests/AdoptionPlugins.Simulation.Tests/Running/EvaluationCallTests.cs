using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Tests.Support;
using AdoptionPlugins.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Running;

/// <summary>The caller of the solution's real adopt_EvaluateAdoption, as the daily flow calls it.</summary>
public partial class EvaluationCallTests
{
    [Fact]
    public void SmallPages_AreFollowedUntilEveryoneIsEvaluated()
    {
        using var org = SmallOrganization.Build();

        var totals = new EvaluationCall(org.As(org.Plan.Administrator.Id), org.Plan.People.Count, pageSize: 4).Run(org.Calendar.FirstDay);

        var evaluated = org.Emulator.SystemService.RetrieveMultiple(new QueryExpression(AdoptionProfile.EntityName) { ColumnSet = new ColumnSet(AdoptionProfile.UserId, AdoptionProfile.EvaluatedOn) }).Entities
            .Where(row => row.GetAttributeValue<DateTime?>(AdoptionProfile.EvaluatedOn) is not null)
            .Select(row => row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id);
        Assert.True(totals.Pages > 1, $"{totals.Evaluated} people fit on {totals.Pages} page of 4");
        Assert.Superset(org.Plan.Humans.Where(person => person.JoinsOnDay is null).Select(person => person.Id).ToHashSet(), evaluated.ToHashSet());
    }

    [Fact]
    public void CallerWhoMayNotWriteEveryProfile_StopsWithThePlatformsRefusal()
    {
        using var org = SmallOrganization.Build();
        var rep = org.Plan.People.First(person => person.Persona == Persona.SalesRep);

        var stopped = Assert.Throws<SimulationStoppedException>(() => new EvaluationCall(org.As(rep.Id), org.Plan.People.Count).Run(new DateTime(2026, 3, 2)));

        Assert.StartsWith("adopt_EvaluateAdoption failed on page 1 of the daily evaluation for 2026-03-02: ", stopped.Message, StringComparison.Ordinal);
        Assert.Contains($"is missing {EvaluateAdoptionMessage.ExecutePrivilegeName} privilege", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlowPageSize_IsThePageSizeTheDailyFlowAsksFor()
    {
        var flow = Directory.GetFiles(RepositoryFolders.InRepository("solution", "Workflows"), "CRMAdoptionDailyEvaluation-*.json").Single();

        var asked = FlowPageSize().Match(File.ReadAllText(flow));

        Assert.Equal(EvaluationCall.FlowPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), asked.Groups[1].Value);
    }

    [GeneratedRegex("\"item/PageSize\":\\s*(\\d+)")]
    private static partial Regex FlowPageSize();
}
