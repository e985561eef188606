using System;
using AdoptionPlugins.Simulation.Contract;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>
/// Runs the daily evaluation as the Recurrence flow does (DESIGN-evaluation): <c>adopt_EvaluateAdoption</c> by name, page after
/// page until HasMore is false. Always a dry run: the simulation sends nothing.
/// </summary>
public sealed class EvaluationCall
{
    private readonly IOrganizationService _service;
    private readonly int _maximumPages;

    /// <param name="service">Acts as the user whose connection the flow runs with.</param>
    /// <param name="people">How many users exist, which bounds how many pages an evaluation may need.</param>
    public EvaluationCall(IOrganizationService service, int people)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _maximumPages = people + 10;
    }

    public EvaluationTotals Run(DateTime date)
    {
        var totals = EvaluationTotals.None;
        PagedApi.Run(
            _service,
            EvaluationApi.Name,
            request => request[EvaluationApi.DryRun] = true,
            response => totals = totals.Add(new EvaluationTotals(
                1, Read(response, EvaluationApi.Evaluated), Read(response, EvaluationApi.MessagesSent), Read(response, EvaluationApi.MessagesHeld), Read(response, EvaluationApi.QuickWinsRaised))),
            _maximumPages,
            $"the daily evaluation for {date:yyyy-MM-dd}");
        return totals;
    }

    private static int Read(OrganizationResponse response, string property) => PagedApi.Read<int>(response, EvaluationApi.Name, property);
}
