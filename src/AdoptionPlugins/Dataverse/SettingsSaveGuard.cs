using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Setting = AdoptionPlugins.Schema.AdoptionSetting;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Checks a save of a settings row against the whole set it would leave: the stored rows (one request) with the saved row
/// merged in. The evaluation's own rows (the last valid snapshot, the last digest) are checked for their own form instead.
/// </summary>
public sealed class SettingsSaveGuard
{
    private readonly IOrganizationService _service;

    public SettingsSaveGuard(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <param name="saved">The Create or Update target: for an Update only the columns sent (dataverse-facts 1.5).</param>
    /// <returns>Every problem, empty when the save may go ahead.</returns>
    public IReadOnlyList<SettingsProblem> Check(Entity saved)
    {
        _ = saved ?? throw new ArgumentNullException(nameof(saved));
        var rows = new SettingsGateway(_service).ReadRows();
        var before = rows.FirstOrDefault(row => row.Id == saved.Id && saved.Id != Guid.Empty);
        var name = (saved.Contains(Setting.Name) ? saved.GetAttributeValue<string>(Setting.Name) : before?.GetAttributeValue<string>(Setting.Name))?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return [new SettingsProblem(Setting.Name, "A setting needs its name, such as GracePeriodDays; the names are listed in the product's documentation.")];
        }

        // The evaluation's own rows are judged by their own form only, so an invalid setting elsewhere never blocks a run's write.
        if (SettingsGateway.ReservedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return string.Equals(name, Setting.LastValidSnapshotRow, StringComparison.OrdinalIgnoreCase) && saved.Contains(Setting.Snapshot)
                ? SettingsSave.CheckSnapshot(saved.GetAttributeValue<string>(Setting.Snapshot))
                : [];
        }

        var value = saved.Contains(Setting.Value) ? saved.GetAttributeValue<string>(Setting.Value) : before?.GetAttributeValue<string>(Setting.Value);
        var others = rows.Where(row => row.Id != saved.Id).Select(SettingsGateway.NameAndValue);
        var resulting = others.Concat([new KeyValuePair<string, string?>(name, value)]);
        return SettingsSave.Check(resulting, SettingsGateway.ReservedNames, EnvironmentVariables.SendingEnabled);
    }
}
