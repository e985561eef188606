using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Operations;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>The endpoint logic of the fake over its in-memory state; the caller holds the state's lock.</summary>
internal sealed partial class FakeEndpoints(FakeScenario scenario, FakeState state)
{
    private const string Guid36 = "[0-9a-fA-F-]{36}";

    public FakeResponse Answer(string method, string path, Dictionary<string, string> query, JsonElement? body)
    {
        var filter = Filter(query.GetValueOrDefault("$filter"));
        return (method, path) switch
        {
            ("GET", "WhoAmI") => FakeResponse.Ok(new { UserId = Guid.Parse("00000000-0000-0000-0000-0000000000a1"), BusinessUnitId = Guid.NewGuid(), OrganizationId = Guid.NewGuid() }),
            ("GET", "solutions") => Rows(state.Solutions.Values.Where(solution => solution.UniqueName.Equals(filter, StringComparison.OrdinalIgnoreCase))
                .Select(solution => new { solutionid = solution.Id, uniquename = solution.UniqueName, version = solution.Version.ToString(), ismanaged = solution.IsManaged })),
            ("POST", "ImportSolutionAsync") or ("POST", "StageAndUpgradeAsync") => StartImport(body!.Value),
            ("POST", var action) when scenario.Actions.TryGetValue(action, out var paged) => Page(action, paged, body!.Value),
            ("GET", "systemusers") => Rows(scenario.Users.Where(user => user.DomainName.Equals(filter, StringComparison.OrdinalIgnoreCase) || user.Email.Equals(filter, StringComparison.OrdinalIgnoreCase))
                .Select(user => new { systemuserid = user.Id, fullname = user.FullName, domainname = user.DomainName })),
            ("GET", "environmentvariabledefinitions") when scenario.VariablesForbidden => FakeResponse.Error(403, "0x80040220", "Principal user is missing prvReadEnvironmentVariableDefinition privilege."),
            ("GET", "environmentvariabledefinitions") => Rows(state.Variables.Values.Where(variable => variable.SchemaName.Equals(filter, StringComparison.OrdinalIgnoreCase))
                .Select(variable => new { environmentvariabledefinitionid = variable.DefinitionId, schemaname = variable.SchemaName, defaultvalue = variable.DefaultValue })),
            ("GET", "environmentvariablevalues") => Rows(state.Variables.Values.Where(variable => variable.ValueId.HasValue && variable.DefinitionId.ToString() == filter)
                .Select(variable => new { environmentvariablevalueid = variable.ValueId, value = variable.Value })),
            ("POST", "environmentvariablevalues") => CreateValue(body!.Value),
            ("GET", TestSolutionZip.SettingsEntitySet) when filter != null && state.Rows.ContainsKey(TestSolutionZip.SettingsEntitySet) => Rows(state.Settings.Values.Where(setting => setting.Name.Equals(filter, StringComparison.OrdinalIgnoreCase))
                .Select(setting => new Dictionary<string, object?> { [PrivacyModeSetting.TableLogicalName + "id"] = setting.Id, [PrivacyModeSetting.ValueColumn] = setting.Value })),
            ("POST", TestSolutionZip.SettingsEntitySet) when state.Rows.ContainsKey(TestSolutionZip.SettingsEntitySet) => SaveSetting(null, body!.Value),
            ("GET", var set) when state.Rows.TryGetValue(set, out var rows) => Rows(rows.Take(int.Parse(query["$top"], System.Globalization.CultureInfo.InvariantCulture))
                .Select(id => new Dictionary<string, object> { [query["$select"]] = id })),
            ("GET", "connectionreferences") => Rows(state.ConnectionReferences.Values.Where(reference => reference.LogicalName.Equals(filter, StringComparison.OrdinalIgnoreCase))
                .Select(reference => new { connectionreferenceid = reference.Id, connectionreferencelogicalname = reference.LogicalName, connectionid = reference.ConnectionId })),
            _ => AnswerById(method, path, body),
        };
    }

    public void Install(SolutionPackage package)
    {
        var existing = state.Solutions.GetValueOrDefault(package.UniqueName);
        state.Solutions[package.UniqueName] = new FakeSolution(existing?.Id ?? Guid.NewGuid(), package.UniqueName, package.Version, IsManaged: true);
        foreach (var variable in package.EnvironmentVariables)
        {
            state.Variables.TryAdd(variable.SchemaName, new FakeVariable(Guid.NewGuid(), variable.SchemaName, variable.DefaultValue));
        }

        foreach (var reference in package.ConnectionReferences)
        {
            state.ConnectionReferences.TryAdd(reference.LogicalName, new FakeConnectionReference(Guid.NewGuid(), reference.LogicalName));
        }

        foreach (var flow in package.CloudFlows)
        {
            state.Flows.TryAdd(flow.WorkflowId, new FakeComponent(flow.WorkflowId, flow.Name, 0));
        }

        foreach (var step in package.PluginSteps)
        {
            state.PluginSteps.TryAdd(step.StepId, new FakeComponent(step.StepId, step.Name, scenario.StepsArriveDisabled ? 1 : 0));
        }

        var looks = scenario.Keys switch { KeyBehaviour.NeverActivates => -1, KeyBehaviour.Fails => -2, _ => scenario.KeyPollsBeforeActive };
        foreach (var key in package.AlternateKeys)
        {
            var table = state.Keys.TryGetValue(key.TableLogicalName, out var keys) ? keys : state.Keys[key.TableLogicalName] = [];
            table.TryAdd(key.KeyLogicalName, looks);
        }

        foreach (var table in package.Tables)
        {
            state.Rows.TryAdd(table.EntitySetName, [.. Enumerable.Range(0, scenario.RowsPerTable).Select(_ => Guid.NewGuid())]);
        }

        foreach (var (name, value) in scenario.SavedSettings)
        {
            state.Settings.TryAdd(name, new FakeSetting(Guid.NewGuid(), name, value));
        }
    }

    private FakeResponse AnswerById(string method, string path, JsonElement? body)
    {
        if (KeysPath().Match(path) is { Success: true } keys)
        {
            return Keys(keys.Groups[1].Value);
        }

        var byId = ById().Match(path);
        if (!byId.Success)
        {
            return FakeResponse.NotFound($"Resource {path}");
        }

        var id = Guid.Parse(byId.Groups[2].Value);
        return (method, byId.Groups[1].Value) switch
        {
            ("GET", "asyncoperations") => AsyncOperation(id),
            ("GET", "importjobs") => ImportJob(id),
            ("PATCH", "environmentvariablevalues") => UpdateValue(id, body!.Value),
            ("PATCH", TestSolutionZip.SettingsEntitySet) => SaveSetting(id, body!.Value),
            ("PATCH", "connectionreferences") => Bind(id, body!.Value),
            ("GET", "workflows") => state.Flows.TryGetValue(id, out var flow) ? FakeResponse.Ok(new { workflowid = id, name = flow.Name, statecode = flow.StateCode }) : FakeResponse.NotFound("workflow"),
            ("PATCH", "workflows") => SetState(state.Flows, id, body!.Value),
            ("GET", "sdkmessageprocessingsteps") => state.PluginSteps.TryGetValue(id, out var step) ? FakeResponse.Ok(new { name = step.Name, statecode = step.StateCode }) : FakeResponse.NotFound("sdkmessageprocessingstep"),
            ("PATCH", "sdkmessageprocessingsteps") => SetState(state.PluginSteps, id, body!.Value),
            ("DELETE", "solutions") => DeleteSolution(id),
            ("DELETE", var set) when state.Rows.TryGetValue(set, out var rows) => rows.Remove(id) ? FakeResponse.NoContent : FakeResponse.NotFound(set),
            _ => FakeResponse.NotFound($"Resource {path}"),
        };
    }

    private FakeResponse Page(string name, FakePagedAction action, JsonElement body)
    {
        var call = new FakeActionCall(name, body);
        state.ActionCalls.Add(call);
        var cursor = call[PagedAction.Cursor];
        var number = string.IsNullOrEmpty(cursor) ? 1 : Enumerable.Range(2, Math.Max(action.Pages.Count - 1, 0)).FirstOrDefault(page => FakePagedAction.CursorOf(page) == cursor);
        if (number == 0)
        {
            return FakeResponse.Error(400, action.FailureCode, $"The cursor '{cursor}' was not made for this request; call again without a cursor to start over.");
        }

        if (number == action.ThrottledPage && state.ActionRefusals.GetValueOrDefault(name) < action.ThrottledTimes)
        {
            state.ActionRefusals[name] = state.ActionRefusals.GetValueOrDefault(name) + 1;
            return FakeResponse.Throttled(scenario.RetryAfterSeconds);
        }

        if (number == action.FailingPage)
        {
            return FakeResponse.Error(400, action.FailureCode, action.FailureMessage);
        }

        var more = number < action.Pages.Count;
        var answer = new Dictionary<string, object> { ["@odata.context"] = $"$metadata#Microsoft.Dynamics.CRM.{name}Response" };
        foreach (var (counter, value) in action.Pages[number - 1])
        {
            answer[counter] = value;
        }

        answer[PagedAction.HasMore] = more;
        answer[PagedAction.NextCursor] = more && number != action.CursorlessPage ? FakePagedAction.CursorOf(number + 1) : string.Empty;
        return FakeResponse.Ok(answer);
    }

    private FakeResponse StartImport(JsonElement body)
    {
        var importJobId = body.GetProperty("ImportJobId").GetGuid();
        var package = SolutionPackage.FromBytes(body.GetProperty("CustomizationFile").GetBytesFromBase64(), "uploaded zip");
        if (scenario.InstalledAsUnmanaged)
        {
            return FakeResponse.Error(400, "0x80048068", "The solution is already installed on this system as an unmanaged solution.");
        }

        var operationId = Guid.NewGuid();
        state.Jobs[operationId] = scenario.FailingComponent == null
            ? new FakeJob(importJobId, scenario.ImportPollsBeforeDone, () => Install(package), failureLog: null)
            : new FakeJob(importJobId, scenario.ImportPollsBeforeDone, onSuccess: null, FailureLog(package, scenario.FailingComponent));
        return FakeResponse.Ok(new { AsyncOperationId = operationId, ImportJobKey = Guid.NewGuid().ToString() });
    }

    private FakeResponse AsyncOperation(Guid id)
    {
        if (!state.Jobs.TryGetValue(id, out var job))
        {
            return FakeResponse.NotFound("asyncoperation");
        }

        if (!job.Completed && job.PollsLeft-- <= 0)
        {
            job.Completed = true;
            job.OnSuccess?.Invoke();
        }

        job.PollsDone++;
        var failed = job.FailureLog != null;
        return FakeResponse.Ok(new
        {
            statecode = job.Completed ? 3 : 2,
            statuscode = job.Completed ? failed ? 31 : 30 : 20,
            message = failed && job.Completed ? "Solution import failed." : null,
            friendlymessage = (string?)null,
        });
    }

    private FakeResponse ImportJob(Guid importJobId)
    {
        var job = state.Jobs.Values.FirstOrDefault(candidate => candidate.ImportJobId == importJobId);
        if (job == null)
        {
            return FakeResponse.NotFound("importjob");
        }

        var total = job.PollsDone + Math.Max(job.PollsLeft, 0);
        var progress = job.Completed ? 100.0 : total == 0 ? 0 : 100.0 * job.PollsDone / (total + 1);
        return FakeResponse.Ok(new { progress, data = job.Completed ? job.FailureLog ?? "<importexportxml progress=\"100\" processed=\"true\"/>" : null });
    }

    private static string FailureLog(SolutionPackage package, string component) =>
        $$"""
        <importexportxml start="0" stop="1" progress="60" processed="true">
          <solutionManifests><solutionManifest languagecode="1033" id="{{package.UniqueName}}" LocalizedName="{{package.UniqueName}}" processed="true"><UniqueName>{{package.UniqueName}}</UniqueName><result result="failure" errorcode="0x80048033" errortext="The import of solution: {{package.UniqueName}} failed." /></solutionManifest></solutionManifests>
          <entities><entity id="{00000000-0000-0000-0000-000000000001}" LocalizedName="Usage day" OriginalName="adopt_UsageDay" processed="true"><result result="success" errorcode="0" errortext="" /></entity></entities>
          <workflows><workflow id="{00000000-0000-0000-0000-000000000002}" name="{{component}}" processed="true"><result result="failure" errorcode="0x80060467" errortext="Flow client error: the connection reference is missing its connector." /></workflow></workflows>
        </importexportxml>
        """;

    private FakeResponse Keys(string table)
    {
        if (!state.Keys.TryGetValue(table, out var keys))
        {
            return FakeResponse.NotFound($"Entity '{table}'");
        }

        var answer = new List<object>();
        foreach (var name in keys.Keys.ToList())
        {
            var looks = keys[name];
            var status = looks switch { -2 => "Failed", < 0 => "InProgress", 0 => "Active", _ => "InProgress" };
            keys[name] = looks > 0 ? looks - 1 : looks;
            answer.Add(new { LogicalName = name, EntityKeyIndexStatus = status });
        }

        return FakeResponse.Ok(new { value = answer });
    }

    private FakeResponse CreateValue(JsonElement body)
    {
        var definitionId = Guid.Parse(BoundId().Match(body.GetProperty("EnvironmentVariableDefinitionId@odata.bind").GetString()!).Groups[1].Value);
        var variable = state.Variables.Values.FirstOrDefault(candidate => candidate.DefinitionId == definitionId);
        if (variable == null)
        {
            return FakeResponse.NotFound("environmentvariabledefinition");
        }

        variable.ValueId = Guid.NewGuid();
        variable.Value = body.GetProperty("value").GetString();
        return FakeResponse.NoContent;
    }

    private FakeResponse UpdateValue(Guid valueId, JsonElement body)
    {
        var variable = state.Variables.Values.FirstOrDefault(candidate => candidate.ValueId == valueId);
        if (variable == null)
        {
            return FakeResponse.NotFound("environmentvariablevalue");
        }

        variable.Value = body.GetProperty("value").GetString();
        return FakeResponse.NoContent;
    }

    /// <summary>Creates a settings row (no id) or updates one, unless the settings check plugin refuses the save as the scenario says.</summary>
    private FakeResponse SaveSetting(Guid? id, JsonElement body)
    {
        if (scenario.SettingsSaveRefusal is { } refusal)
        {
            return FakeResponse.Error(400, "0x80040265", refusal);
        }

        var value = body.GetProperty(PrivacyModeSetting.ValueColumn).GetString();
        if (id == null)
        {
            var name = body.GetProperty(PrivacyModeSetting.NameColumn).GetString()!;
            state.Settings.Add(name, new FakeSetting(Guid.NewGuid(), name, value, body.TryGetProperty(PrivacyModeSetting.DescriptionColumn, out var note) ? note.GetString() : null));
            return FakeResponse.NoContent;
        }

        var setting = state.Settings.Values.FirstOrDefault(candidate => candidate.Id == id);
        if (setting == null)
        {
            return FakeResponse.NotFound(PrivacyModeSetting.TableLogicalName);
        }

        setting.Value = value;
        return FakeResponse.NoContent;
    }

    private FakeResponse Bind(Guid id, JsonElement body)
    {
        var reference = state.ConnectionReferences.Values.FirstOrDefault(candidate => candidate.Id == id);
        if (reference == null)
        {
            return FakeResponse.NotFound("connectionreference");
        }

        reference.ConnectionId = body.GetProperty("connectionid").GetString();
        return FakeResponse.NoContent;
    }

    private static FakeResponse SetState(Dictionary<Guid, FakeComponent> rows, Guid id, JsonElement body)
    {
        if (!rows.TryGetValue(id, out var row))
        {
            return FakeResponse.NotFound("row");
        }

        row.StateCode = body.GetProperty("statecode").GetInt32();
        return FakeResponse.NoContent;
    }

    private FakeResponse DeleteSolution(Guid id)
    {
        var solution = state.Solutions.Values.FirstOrDefault(candidate => candidate.Id == id);
        if (solution == null)
        {
            return FakeResponse.NotFound("solution");
        }

        // Deleting a managed solution removes its components and their data (dataverse-facts 8.1).
        state.Solutions.Remove(solution.UniqueName);
        state.Variables.Clear();
        state.ConnectionReferences.Clear();
        state.Flows.Clear();
        state.PluginSteps.Clear();
        state.Keys.Clear();
        state.Rows.Clear();
        state.Settings.Clear();
        return FakeResponse.NoContent;
    }

    private static FakeResponse Rows<T>(IEnumerable<T> rows) => FakeResponse.Ok(new { value = rows.Cast<object>().ToList() });

    private static string? Filter(string? filter)
    {
        if (filter == null)
        {
            return null;
        }

        var match = FilterValue().Match(filter);
        return match.Success ? match.Groups[1].Success ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : match.Groups[2].Value : null;
    }

    [GeneratedRegex(@"eq (?:'((?:[^']|'')*)'|(" + Guid36 + "))")]
    private static partial Regex FilterValue();

    [GeneratedRegex(@"^EntityDefinitions\(LogicalName='([^']+)'\)/Keys$")]
    private static partial Regex KeysPath();

    [GeneratedRegex(@"^(\w+)\((" + Guid36 + @")\)$")]
    private static partial Regex ById();

    [GeneratedRegex(@"\((" + Guid36 + @")\)")]
    private static partial Regex BoundId();
}
