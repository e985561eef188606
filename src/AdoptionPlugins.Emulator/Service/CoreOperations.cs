using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service;

// The one dispatch point of IOrganizationService.Execute: request name -> the core operation and the message its steps are
// registered on. A new platform message is one line in Table (for example "WinOpportunity" -> a CoreOperation with message "Win").
// Custom APIs are not here: they come from the registrations (Pipeline/CustomApiOperation).
internal static class CoreOperations
{
    private const string Target = "Target";

    private static readonly string[] StateColumns = [SystemColumns.StateCode, SystemColumns.StatusCode];

    private static readonly FrozenDictionary<string, CoreOperation> Table = new Dictionary<string, CoreOperation>(StringComparer.Ordinal)
    {
        ["Create"] = Create(),
        ["Update"] = Update(),
        ["Delete"] = Delete(),
        ["Upsert"] = Upsert(),
        ["Retrieve"] = Retrieve(),
        ["RetrieveMultiple"] = RetrieveMultiple(),
        ["WinOpportunity"] = MessageOperations.Win(),
        ["LoseOpportunity"] = MessageOperations.Lose(),
        ["SendAppNotification"] = MessageOperations.SendAppNotification(),
        ["SendEmail"] = MessageOperations.SendEmail(),
        ["LocalTimeFromUtcTime"] = MessageOperations.LocalTimeFromUtcTime(),
        ["UtcTimeFromLocalTime"] = MessageOperations.UtcTimeFromLocalTime(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string? requestName, [NotNullWhen(true)] out CoreOperation? operation)
    {
        operation = null;
        return requestName is not null && Table.TryGetValue(requestName, out operation);
    }

    private static CoreOperation Create() => new(
        "Create",
        context =>
        {
            var target = context.Required<Entity>(Target);
            return new PrimaryEntity(target.LogicalName, target.Id);
        },
        context =>
        {
            var id = context.Records.Create(context.Required<Entity>(Target));
            context.PrimaryEntityId = id;
            context.OutputParameters["id"] = id;
        },
        outputs => Respond(new CreateResponse(), outputs, ("id", "id")))
    {
        HasPostImages = true,
    };

    private static CoreOperation Update() => new(
        "Update",
        context =>
        {
            var target = context.Required<Entity>(Target);
            target.Id = context.Records.IdOf(target.LogicalName, target.Id, target.KeyAttributes);
            return new PrimaryEntity(target.LogicalName, target.Id);
        },
        context => context.Records.Update(context.Required<Entity>(Target), Behavior(context)),
        outputs => Respond(new UpdateResponse(), outputs))
    {
        HasPreImages = true,
        HasPostImages = true,
        Passes = SplitStateChange,
    };

    private static CoreOperation Delete() => new(
        "Delete",
        context =>
        {
            var target = context.Required<EntityReference>(Target);
            target.Id = context.Records.IdOf(target.LogicalName, target.Id, target.KeyAttributes);
            return new PrimaryEntity(target.LogicalName, target.Id);
        },
        context => context.Records.Delete(context.Required<EntityReference>(Target), Behavior(context)),
        outputs => Respond(new DeleteResponse(), outputs))
    {
        HasPreImages = true,
    };

    // With no Create or Update step on the table the store upserts atomically; otherwise the platform's Create or Update runs
    // through its own pipeline, so two callers racing on one new key can both take the create path (dataverse-facts 4.2, 9.6).
    private static CoreOperation Upsert() => new(
        "Upsert",
        context =>
        {
            var target = context.Required<Entity>(Target);
            return new PrimaryEntity(target.LogicalName, target.Id);
        },
        context =>
        {
            var target = context.Required<Entity>(Target);
            var (created, reference) = context.HasSteps("Create", target.LogicalName) || context.HasSteps("Update", target.LogicalName)
                ? UpsertThroughPipeline(context, target)
                : context.Records.Upsert(target);
            context.PrimaryEntityId = reference.Id;
            context.OutputParameters["RecordCreated"] = created;
            context.OutputParameters[Target] = reference;
        },
        outputs => Respond(new UpsertResponse(), outputs, ("RecordCreated", "RecordCreated"), (Target, Target)));

    private static CoreOperation Retrieve() => new(
        "Retrieve",
        context =>
        {
            var target = context.Required<EntityReference>(Target);
            return new PrimaryEntity(target.LogicalName, context.Records.IdOf(target.LogicalName, target.Id, target.KeyAttributes));
        },
        context => context.OutputParameters["BusinessEntity"] =
            context.Records.Retrieve(context.Required<EntityReference>(Target), context.Optional<ColumnSet>("ColumnSet")),
        outputs => Respond(new RetrieveResponse(), outputs, ("BusinessEntity", "Entity")));

    private static CoreOperation RetrieveMultiple() => new(
        "RetrieveMultiple",
        context => new PrimaryEntity(ModelOf(context).EntityName, Guid.Empty),
        context => context.OutputParameters["BusinessEntityCollection"] = context.Queries.Evaluate(ModelOf(context)),
        outputs => Respond(new RetrieveMultipleResponse(), outputs, ("BusinessEntityCollection", "EntityCollection")));

    private static (bool Created, EntityReference Target) UpsertThroughPipeline(CoreOperationContext context, Entity target)
    {
        var (exists, request) = context.Records.PlanUpsert(target);
        if (exists)
        {
            context.Platform.Update(request);
            return (false, request.ToEntityReference());
        }

        return (true, new EntityReference(request.LogicalName, context.Platform.Create(request)));
    }

    private static QueryModel ModelOf(CoreOperationContext context) => context.Required<QueryBase>("Query") switch
    {
        FetchExpression fetch => FetchXmlParser.Parse(fetch.Query, context.Database.Catalog),
        var query => QueryModelBuilder.From(query),
    };

    private static ConcurrencyBehavior Behavior(CoreOperationContext context) =>
        context.InputParameters.TryGetValue("ConcurrencyBehavior", out ConcurrencyBehavior behavior) ? behavior : ConcurrencyBehavior.Default;

    // An Update carrying statecode/statuscode with other columns runs the Update pipeline once for the other columns and then once
    // for the state columns (special-update-operation-behavior.md; dataverse-facts 1.6). The row version is checked by the first pass.
    private static IReadOnlyList<ParameterCollection> SplitStateChange(CoreOperationContext context)
    {
        var input = context.InputParameters;
        if (!input.TryGetValue(Target, out Entity target) || target is null)
        {
            return [input];
        }

        var primaryId = context.Database.Catalog.TryGetTable(target.LogicalName, out var table) ? table.PrimaryIdColumn : null;
        var state = target.Attributes.Where(a => StateColumns.Contains(a.Key, StringComparer.Ordinal)).ToList();
        var other = target.Attributes.Where(a => !StateColumns.Contains(a.Key, StringComparer.Ordinal) && a.Key != primaryId).ToList();
        if (state.Count == 0 || other.Count == 0)
        {
            return [input];
        }

        var statePass = Pass(input, target, state);
        statePass["ConcurrencyBehavior"] = ConcurrencyBehavior.Default;
        return [Pass(input, target, target.Attributes.Except(state)), statePass];
    }

    private static ParameterCollection Pass(ParameterCollection input, Entity target, IEnumerable<KeyValuePair<string, object>> columns)
    {
        var pass = new ParameterCollection();
        foreach (var (name, value) in input)
        {
            pass[name] = value;
        }

        var part = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion, KeyAttributes = target.KeyAttributes };
        foreach (var (name, value) in columns)
        {
            part[name] = value;
        }

        pass[Target] = part;
        return pass;
    }

    private static OrganizationResponse Respond(OrganizationResponse response, ParameterCollection outputs, params (string Output, string Result)[] map)
    {
        foreach (var (output, result) in map)
        {
            if (outputs.TryGetValue(output, out object value))
            {
                response.Results[result] = value;
            }
        }

        return response;
    }
}
