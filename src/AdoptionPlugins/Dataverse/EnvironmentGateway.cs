using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads the environment's own values: environment variables (the environment's value, else the default) and the sender queue.</summary>
public sealed class EnvironmentGateway
{
    private const string ValueAlias = "current";

    private readonly IOrganizationService _service;

    public EnvironmentGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Each variable's value in this environment, else its default, else null: one request for all of them.</summary>
    public IReadOnlyDictionary<string, string?> ReadVariables(params string[] schemaNames)
    {
        var query = new QueryExpression(EnvironmentVariables.DefinitionEntityName) { ColumnSet = new ColumnSet(EnvironmentVariables.SchemaName, EnvironmentVariables.DefaultValue) };
        query.Criteria.AddCondition(EnvironmentVariables.SchemaName, ConditionOperator.In, schemaNames.Cast<object>().ToArray());
        var value = query.AddLink(EnvironmentVariables.ValueEntityName, EnvironmentVariables.DefinitionId, EnvironmentVariables.DefinitionId, JoinOperator.LeftOuter);
        value.EntityAlias = ValueAlias;
        value.Columns = new ColumnSet(EnvironmentVariables.Value);
        var values = schemaNames.ToDictionary(name => name, _ => (string?)null, StringComparer.OrdinalIgnoreCase);
        foreach (var row in _service.RetrieveMultiple(query).Entities)
        {
            var name = ColumnReader.Get<string>(row, EnvironmentVariables.SchemaName) ?? string.Empty;
            var current = row.GetAttributeValue<AliasedValue>(ValueAlias + "." + EnvironmentVariables.Value)?.Value as string;
            values[name] = string.IsNullOrWhiteSpace(current) ? ColumnReader.Get<string>(row, EnvironmentVariables.DefaultValue) : current;
        }

        return values;
    }

    /// <summary>Whether a Boolean variable's value says yes; anything else, a missing variable included, is no.</summary>
    public static bool IsYes(string? value) => value is not null && SettingsFormat.TryFlag(value, out var yes) && yes;

    /// <summary>
    /// The queue named by id, name or email address, or null (with why) when none matches: emails then stay unsent and
    /// messages go in-app only. One request.
    /// </summary>
    public Guid? FindQueue(string? reference, Action<string> report)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        var text = reference?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var query = new QueryExpression(Queues.EntityName) { ColumnSet = new ColumnSet(false), TopCount = 2 };
        query.Criteria.AddCondition(
            Guid.TryParse(text!.Trim('{', '}'), out var id) ? Queues.PrimaryId : text.Any(character => character == '@') ? Queues.EmailAddress : Queues.Name,
            ConditionOperator.Equal,
            id != Guid.Empty ? id : text);
        var found = _service.RetrieveMultiple(query).Entities;
        if (found.Count == 1)
        {
            return found[0].Id;
        }

        report(found.Count == 0
            ? $"No queue matches {EnvironmentVariables.SenderQueue} \"{text}\"; emails are not sent until it names a queue by id, name or email address."
            : $"More than one queue matches {EnvironmentVariables.SenderQueue} \"{text}\"; name the queue by its id.");
        return null;
    }
}
