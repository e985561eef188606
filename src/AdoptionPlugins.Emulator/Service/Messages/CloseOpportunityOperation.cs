using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service.Messages;

// WinOpportunity and LoseOpportunity (dataverse-facts 5.6): create the opportunityclose activity and close the opportunity as
// Won (statecode 1, statuscode 3) or Lost (statecode 2, statuscode 4 Canceled or 5 Out-Sold). The pipeline knows them as
// "Win" and "Lose" on opportunity, with InputParameters OpportunityClose and Status.
internal sealed class CloseOpportunityOperation
{
    public const string PrimaryEntityName = "opportunity";

    private const string Close = "opportunityclose";

    private readonly MessageContext _context;
    private readonly Outcome _outcome;

    private CloseOpportunityOperation(MessageContext context, Outcome outcome)
    {
        _context = context;
        _outcome = outcome;
    }

    public string PipelineMessageName => _outcome.PipelineMessageName;

    public static CloseOpportunityOperation Win(MessageContext context) =>
        new(context, new Outcome("Win", State: 1, DefaultStatus: 3, [3], () => new WinOpportunityResponse { ResponseName = "WinOpportunity" }));

    public static CloseOpportunityOperation Lose(MessageContext context) =>
        new(context, new Outcome("Lose", State: 2, DefaultStatus: 4, [4, 5], () => new LoseOpportunityResponse { ResponseName = "LoseOpportunity" }));

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        var close = RequestParameters.Required<Entity>(request, "OpportunityClose");
        var status = RequestParameters.Required<OptionSetValue>(request, "Status").Value;
        if (close.LogicalName != Close)
        {
            throw Fault.InvalidArgument($"OpportunityClose of '{request.RequestName}' must be an '{Close}' entity; it is '{close.LogicalName}'.");
        }

        var opportunity = close.GetAttributeValue<EntityReference>("opportunityid")
            ?? throw Fault.InvalidArgument($"OpportunityClose of '{request.RequestName}' must name the opportunity in 'opportunityid'.");
        var current = _context.AsCaller.Retrieve(PrimaryEntityName, opportunity.Id, new ColumnSet("statecode"));
        if (current.GetAttributeValue<OptionSetValue>("statecode")?.Value != 0)
        {
            throw Fault.Create(ErrorCodes.OpportunityIsAlreadyClosed, "The opportunity is already closed.");
        }

        // -1 asks for the state's default status reason (dataverse-facts 5.6).
        var statusReason = status == -1 ? _outcome.DefaultStatus : status;
        if (!_outcome.Statuses.Contains(statusReason))
        {
            throw Fault.Create(
                ErrorCodes.InvalidStateCodeStatusCode,
                $"State code is invalid or state code is valid but status code is invalid for a specified state code. Status {status} is not a status reason of opportunity state {_outcome.State}.");
        }

        CreateCloseActivity(close);
        CloseOpportunity(opportunity.Id, close, statusReason);
        return _outcome.Response();
    }

    // The close activity is stored completed (statecode 1, statuscode 2) [community].
    private void CreateCloseActivity(Entity close)
    {
        var activity = new Entity(Close, close.Id);
        foreach (var (name, value) in close.Attributes)
        {
            activity[name] = value;
        }

        activity["statecode"] = new OptionSetValue(1);
        activity["statuscode"] = new OptionSetValue(2);
        _context.AsCaller.Create(activity);
    }

    // The platform also stamps the close date and actual revenue from the close activity [community]; whether this write
    // raises Update steps on opportunity is UNVERIFIED (dataverse-facts 5.6): here it is a caller's Update, so they fire.
    private void CloseOpportunity(Guid opportunityId, Entity close, int statusReason)
    {
        var closed = new Entity(PrimaryEntityName, opportunityId)
        {
            ["statecode"] = new OptionSetValue(_outcome.State),
            ["statuscode"] = new OptionSetValue(statusReason),
            ["actualclosedate"] = close.GetAttributeValue<DateTime?>("actualend") ?? _context.UtcNow,
        };
        if (close.GetAttributeValue<Money>("actualrevenue") is { } revenue)
        {
            closed["actualvalue"] = revenue;
        }

        _context.AsCaller.Update(closed);
    }

    private sealed record Outcome(string PipelineMessageName, int State, int DefaultStatus, int[] Statuses, Func<OrganizationResponse> Response);
}
