using System;
using System.ServiceModel;
using AdoptionPlugins.Simulation.Contract;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>
/// Runs the daily evaluation as the Recurrence flow does (DESIGN-evaluation): calls <c>adopt_EvaluateAdoption</c> by name, page
/// after page with the cursor it returns, until HasMore is false. Always a dry run: the simulation sends nothing.
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
        string? cursor = null;
        bool hasMore;
        do
        {
            var request = new OrganizationRequest(EvaluateAdoptionMessage.Name) { [EvaluateAdoptionMessage.DryRun] = true };
            if (cursor is not null)
            {
                request[EvaluateAdoptionMessage.Cursor] = cursor;
            }

            OrganizationResponse response;
            try
            {
                response = _service.Execute(request);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw new SimulationStoppedException($"The daily evaluation for {date:yyyy-MM-dd} failed on page {totals.Pages + 1}: {fault.Detail?.Message ?? fault.Message}", fault);
            }

            totals = totals.Add(new EvaluationTotals(
                1, Read<int>(response, EvaluateAdoptionMessage.Evaluated), Read<int>(response, EvaluateAdoptionMessage.MessagesSent),
                Read<int>(response, EvaluateAdoptionMessage.MessagesHeld), Read<int>(response, EvaluateAdoptionMessage.QuickWinsRaised)));
            hasMore = Read<bool>(response, EvaluateAdoptionMessage.HasMore);
            cursor = response.Results.TryGetValue(EvaluateAdoptionMessage.NextCursor, out var next) ? next as string : null;
            if (hasMore && string.IsNullOrEmpty(cursor))
            {
                throw new SimulationStoppedException($"{EvaluateAdoptionMessage.Name} answered HasMore without a NextCursor on {date:yyyy-MM-dd}; the flow could not go on either.");
            }

            if (totals.Pages > _maximumPages)
            {
                throw new SimulationStoppedException($"{EvaluateAdoptionMessage.Name} still answered HasMore after {totals.Pages} pages on {date:yyyy-MM-dd}, more than the organization's users need; its cursor does not move on.");
            }
        }
        while (hasMore);

        return totals;
    }

    private static T Read<T>(OrganizationResponse response, string name)
        where T : struct =>
        response.Results.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw new SimulationStoppedException($"{EvaluateAdoptionMessage.Name} returned no {typeof(T).Name} '{name}'; DESIGN-evaluation says every response has it.");
}
