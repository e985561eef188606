using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// A custom API as a core operation: its message is its unique name, its request parameters are checked (present when required,
// of the declared type, none undeclared), its plug-in type runs at stage 30 and its declared response properties are the response
// (dataverse-facts 2.1 to 2.3). The wording of the parameter faults is UNVERIFIED; the code is InvalidArgument.
internal static class CustomApiOperation
{
    private const string Target = "Target";

    // Optional parameters any request may carry (optional-parameters.md).
    private static readonly string[] PlatformParameters =
    [
        .. Bypass.ParameterNames, "tag", "SuppressDuplicateDetection", "SuppressCallbackRegistrationExpanderJob", "SolutionUniqueName", "partitionId",
    ];

    public static CoreOperation For(RegisteredCustomApi api) => new(
        api.UniqueName,
        context =>
        {
            CustomApiExecutePrivilege.Require(context.Database, context.UserId, api.Registration);
            CheckRequest(api.Registration, context.InputParameters);
            return Describe(api.Registration, context.InputParameters);
        },
        context =>
        {
            if (api.MainOperation is { } plugin)
            {
                context.RunPlugin(plugin, api.MainOperationType!.FullName!);
                CheckResponse(api.Registration, context.OutputParameters);
            }
        },
        outputs => Respond(api.Registration, outputs))
    {
        AlwaysRunsPipeline = true,
        AllowsSyncSteps = api.Registration.AllowedCustomProcessingStepType == CustomProcessingStepType.SyncAndAsync,
        AllowsAsyncSteps = api.Registration.AllowedCustomProcessingStepType != CustomProcessingStepType.None,
    };

    private static PrimaryEntity Describe(CustomApiRegistration api, ParameterCollection input) =>
        api.BindingType == CustomApiBindingType.Entity && input.TryGetValue(Target, out EntityReference target)
            ? new PrimaryEntity(target.LogicalName, target.Id)
            : api.BindingType == CustomApiBindingType.Global ? PrimaryEntity.None : new PrimaryEntity(api.BoundEntityLogicalName ?? "none", Guid.Empty);

    private static void CheckRequest(CustomApiRegistration api, ParameterCollection input)
    {
        // An Entity-bound API gets a Target EntityReference parameter of its table (dataverse-facts 2.1).
        if (api.BindingType == CustomApiBindingType.Entity)
        {
            CheckValue(api, Target, CustomApiParameterType.EntityReference, api.BoundEntityLogicalName, input.TryGetValue(Target, out object target) ? target : null, isOptional: false);
        }

        foreach (var parameter in api.RequestParameters)
        {
            var value = input.TryGetValue(parameter.UniqueName, out object sent) ? sent : null;
            CheckValue(api, parameter.UniqueName, parameter.Type, parameter.LogicalEntityName, value, parameter.IsOptional);
        }

        var undeclared = input.Keys.FirstOrDefault(name =>
            !api.RequestParameters.Any(p => p.UniqueName == name)
            && !(name == Target && api.BindingType == CustomApiBindingType.Entity)
            && !PlatformParameters.Contains(name, StringComparer.OrdinalIgnoreCase));
        if (undeclared is not null)
        {
            throw Fault.InvalidArgument(
                $"Custom API '{api.UniqueName}' has no request parameter '{undeclared}'; it declares: {string.Join(", ", api.RequestParameters.Select(p => p.UniqueName))}.");
        }
    }

    private static void CheckResponse(CustomApiRegistration api, ParameterCollection outputs)
    {
        foreach (var (name, value) in outputs)
        {
            var property = api.ResponseProperties.FirstOrDefault(p => p.UniqueName == name)
                ?? throw Fault.InvalidArgument(
                    $"The plug-in of custom API '{api.UniqueName}' set output '{name}', which is not one of its response properties: {string.Join(", ", api.ResponseProperties.Select(p => p.UniqueName))}.");
            if (value is not null && !IsOfType(value, property.Type))
            {
                throw Fault.InvalidArgument(
                    $"The plug-in of custom API '{api.UniqueName}' set output '{name}' to a {value.GetType().Name}; the response property is a {property.Type}.");
            }
        }
    }

    private static void CheckValue(CustomApiRegistration api, string name, CustomApiParameterType type, string? table, object? value, bool isOptional)
    {
        if (value is null)
        {
            if (!isOptional)
            {
                throw Fault.InvalidArgument($"Custom API '{api.UniqueName}' requires parameter '{name}' ({type}), which the request does not carry.");
            }

            return;
        }

        if (!IsOfType(value, type))
        {
            throw Fault.InvalidArgument($"Parameter '{name}' of custom API '{api.UniqueName}' is a {type}; the request sent a {value.GetType().Name}.");
        }

        var sentTable = value switch
        {
            EntityReference reference => reference.LogicalName,
            Entity entity => entity.LogicalName,
            _ => null,
        };
        if (table is not null && sentTable is not null && sentTable != table)
        {
            throw Fault.InvalidArgument($"Parameter '{name}' of custom API '{api.UniqueName}' takes a '{table}' row; the request sent a '{sentTable}' one.");
        }
    }

    private static bool IsOfType(object value, CustomApiParameterType type) => type switch
    {
        CustomApiParameterType.Boolean => value is bool,
        CustomApiParameterType.DateTime => value is DateTime,
        CustomApiParameterType.Decimal => value is decimal,
        CustomApiParameterType.Entity => value is Entity,
        CustomApiParameterType.EntityCollection => value is EntityCollection,
        CustomApiParameterType.EntityReference => value is EntityReference,
        CustomApiParameterType.Float => value is double,
        CustomApiParameterType.Integer => value is int,
        CustomApiParameterType.Money => value is Money,
        CustomApiParameterType.Picklist => value is OptionSetValue,
        CustomApiParameterType.String => value is string,
        CustomApiParameterType.StringArray => value is string[],
        CustomApiParameterType.Guid => value is Guid,
        _ => false,
    };

    private static OrganizationResponse Respond(CustomApiRegistration api, ParameterCollection outputs)
    {
        var response = new OrganizationResponse { ResponseName = api.UniqueName };
        foreach (var property in api.ResponseProperties)
        {
            if (outputs.TryGetValue(property.UniqueName, out object value))
            {
                response.Results[property.UniqueName] = value;
            }
        }

        return response;
    }
}
