using System;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>
/// Runs the daily evaluation as the solution's Recurrence flow does: <c>adopt_EvaluateAdoption</c> by name, page after page until
/// HasMore is false. Always a dry run: the simulation sends nothing.
/// </summary>
public sealed class EvaluationCall
{
    /// <summary>The page size the daily flow in solution/Workflows asks for.</summary>
    public const int FlowPageSize = 250;

    private readonly IOrganizationService _service;
    private readonly int _pageSize;
    private readonly int _maximumPages;

    /// <param name="service">Acts as the user whose connection the flow runs with.</param>
    /// <param name="people">How many users exist, which bounds how many pages an evaluation may need.</param>
    /// <param name="pageSize">Users per page.</param>
    public EvaluationCall(IOrganizationService service, int people, int pageSize = FlowPageSize)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        _pageSize = pageSize;
        _maximumPages = people + 10;
    }

    public EvaluationTotals Run(DateTime date)
    {
        var totals = EvaluationTotals.None;
        PagedApi.Run(
            _service,
            EvaluateAdoptionMessage.UniqueName,
            request =>
            {
                request[EvaluateAdoptionMessage.PageSize] = _pageSize;
                request[EvaluateAdoptionMessage.DryRun] = true;
            },
            response => totals = totals.Add(new EvaluationTotals(
                1,
                Read(response, EvaluateAdoptionMessage.Evaluated),
                Read(response, EvaluateAdoptionMessage.MessagesSent),
                Read(response, EvaluateAdoptionMessage.MessagesHeld),
                Read(response, EvaluateAdoptionMessage.QuickWinsRaised))),
            _maximumPages,
            $"the daily evaluation for {date:yyyy-MM-dd}");
        return totals;
    }

    private static int Read(OrganizationResponse response, string property) => PagedApi.Read<int>(response, EvaluateAdoptionMessage.UniqueName, property);
}
