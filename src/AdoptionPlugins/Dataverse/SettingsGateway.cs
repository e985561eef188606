using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Setting = AdoptionPlugins.Schema.AdoptionSetting;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads <c>adopt_adoptionsetting</c> rows and writes the evaluation's own rows (the last valid snapshot, the last digest).</summary>
public sealed class SettingsGateway
{
    /// <summary>The evaluation's own rows, which are not settings.</summary>
    public static IReadOnlyList<string> ReservedNames { get; } = [Setting.LastValidSnapshotRow, Setting.LastDigestRow];

    private readonly IOrganizationService _service;

    public SettingsGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Every active settings row with its id: one request (a handful of rows).</summary>
    public IReadOnlyList<Entity> ReadRows()
    {
        var query = new QueryExpression(Setting.EntityName) { ColumnSet = new ColumnSet(Setting.Name, Setting.Value, Setting.Snapshot) };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.AddOrder(Setting.Name, OrderType.Ascending);
        return QueryPaging.All(_service, query).ToList();
    }

    /// <summary>The stored settings: one request.</summary>
    public StoredSettings Read()
    {
        var rows = ReadRows();
        var named = rows.ToLookup(row => (ColumnReader.Get<string>(row, Setting.Name) ?? string.Empty).Trim(), StringComparer.OrdinalIgnoreCase);
        return new StoredSettings(
            rows.Select(NameAndValue),
            named[Setting.LastValidSnapshotRow].Select(row => ColumnReader.Get<string>(row, Setting.Snapshot)).FirstOrDefault(),
            named[Setting.LastDigestRow].Select(row => ColumnReader.Get<string>(row, Setting.Value)).FirstOrDefault());
    }

    /// <summary>Keeps the settings a run used as the last valid snapshot: one upsert, made only when the snapshot changed.</summary>
    public void WriteSnapshot(string snapshot) => WriteOwnRow(Setting.LastValidSnapshotRow, Setting.Snapshot, snapshot);

    /// <summary>Keeps the shares the digest reported, for the next digest's trend.</summary>
    public void WriteLastDigest(string baseline) => WriteOwnRow(Setting.LastDigestRow, Setting.Value, baseline);

    public static KeyValuePair<string, string?> NameAndValue(Entity row) =>
        new((ColumnReader.Get<string>(row ?? throw new ArgumentNullException(nameof(row)), Setting.Name) ?? string.Empty).Trim(), ColumnReader.Get<string>(row, Setting.Value));

    private void WriteOwnRow(string name, string column, string value) =>
        _service.Execute(new UpsertRequest
        {
            Target = new Entity(Setting.EntityName, DeterministicGuid.Create(string.Format(CultureInfo.InvariantCulture, "adoptionsetting:{0}", name)))
            {
                [Setting.Name] = name,
                [column] = value,
                [Setting.Description] = "Kept by the daily evaluation; not a setting. Leave it as it is.",
            },
        });
}
