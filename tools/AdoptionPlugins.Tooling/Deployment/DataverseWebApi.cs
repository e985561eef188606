using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.Tooling.Operations;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The few Dataverse Web API calls a deployment makes, over HttpClient, with bearer tokens and bounded retries of service-protection refusals.</summary>
public sealed class DataverseWebApi : IDisposable
{
    private const string ApiPath = "api/data/v9.2/";
    private readonly HttpClient _http;
    private readonly IAccessTokenProvider _tokens;
    private readonly DataverseWebApiOptions _options;

    public DataverseWebApi(Uri environmentUrl, IAccessTokenProvider tokens, DataverseWebApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(environmentUrl);
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _options = options ?? new DataverseWebApiOptions();
        EnvironmentUrl = environmentUrl;
        _http = new HttpClient(_options.Handler ?? new SocketsHttpHandler(), disposeHandler: _options.Handler == null)
        {
            BaseAddress = new Uri(environmentUrl, "/" + ApiPath),
            Timeout = _options.RequestTimeout,
        };
    }

    public Uri EnvironmentUrl { get; }

    public string SignIn => _tokens.Description;

    public void Dispose() => _http.Dispose();

    /// <summary>The signed-in user's id; proves the URL and the credentials before anything else (LD webapi/reference/whoami).</summary>
    public async Task<Guid> WhoAmIAsync(CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, "WhoAmI", null, "checking who is signed in", cancellationToken).ConfigureAwait(false);
        return GuidOf(answer, "UserId");
    }

    /// <summary>The solution with this unique name, or null (LD webapi/reference/solution; query by <c>uniquename</c>).</summary>
    public async Task<InstalledSolution?> FindSolutionAsync(string uniqueName, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"solutions?$select=solutionid,uniquename,version,ismanaged&$filter={Filter("uniquename", uniqueName)}", null, $"looking up solution {uniqueName}", cancellationToken).ConfigureAwait(false);
        var row = FirstRow(answer);
        if (row == null)
        {
            return null;
        }

        var versionText = Text(row.Value, "version") ?? "0.0.0.0";
        return new InstalledSolution(
            GuidOf(row, "solutionid"),
            Text(row.Value, "uniquename") ?? uniqueName,
            Version.TryParse(versionText, out var version) ? version : new Version(0, 0),
            row.Value.TryGetProperty("ismanaged", out var managed) && managed.ValueKind == JsonValueKind.True);
    }

    /// <summary>
    /// Starts an asynchronous import. A fresh install or a same-version re-import uses ImportSolutionAsync; an upgrade over a lower
    /// version uses StageAndUpgradeAsync, which imports the holding solution and applies the upgrade in one job
    /// (LD webapi/reference/importsolutionasync, LD webapi/reference/stageandupgradeasync, dataverse-facts 8.1-8.2).
    /// </summary>
    public async Task<ImportStarted> StartImportAsync(ReadOnlyMemory<byte> solutionZip, Guid importJobId, bool stageAndUpgrade, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object>
        {
            ["OverwriteUnmanagedCustomizations"] = false,
            // Activates the solution's plugin steps and classic processes on import; cloud flows are turned on separately.
            ["PublishWorkflows"] = true,
            ["CustomizationFile"] = Convert.ToBase64String(solutionZip.Span),
            ["ImportJobId"] = importJobId,
            ["ComponentParameters"] = Array.Empty<object>(),
        };
        var action = stageAndUpgrade ? "StageAndUpgradeAsync" : "ImportSolutionAsync";
        var answer = await SendAsync(HttpMethod.Post, action, body, $"starting the import ({action})", cancellationToken).ConfigureAwait(false);
        return new ImportStarted(GuidOf(answer, "AsyncOperationId"), answer.HasValue ? Text(answer.Value, "ImportJobKey") : null);
    }

    /// <summary>A system job's state (LD asynchronous-service; dataverse-facts 8.2).</summary>
    public async Task<AsyncOperationStatus> GetAsyncOperationAsync(Guid asyncOperationId, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"asyncoperations({asyncOperationId})?$select=statecode,statuscode,message,friendlymessage", null, "checking the import job", cancellationToken).ConfigureAwait(false);
        var row = answer ?? default;
        return new AsyncOperationStatus(Int(row, "statecode"), Int(row, "statuscode"), Text(row, "message"), Text(row, "friendlymessage"));
    }

    /// <summary>The import job's progress and XML log, or null before Dataverse has created the row.</summary>
    public async Task<ImportJobStatus?> FindImportJobAsync(Guid importJobId, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"importjobs({importJobId})?$select=progress,data", null, "reading the import log", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        if (answer == null)
        {
            return null;
        }

        var progress = answer.Value.TryGetProperty("progress", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
        return new ImportJobStatus(progress, Text(answer.Value, "data"));
    }

    /// <summary>The alternate keys of a table and their index state (LD webapi/reference/entitykeyindexstatus: Pending, InProgress, Active, Failed).</summary>
    public async Task<IReadOnlyList<EntityKeyStatus>> GetEntityKeysAsync(string tableLogicalName, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"EntityDefinitions(LogicalName='{tableLogicalName}')/Keys?$select=LogicalName,EntityKeyIndexStatus", null, $"reading the keys of {tableLogicalName}", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return [.. Rows(answer).Select(key => new EntityKeyStatus(Text(key, "LogicalName") ?? string.Empty, IndexStatus(key)))];
    }

    /// <summary>An environment variable definition and its value row, or null (LD webapi/reference/environmentvariabledefinition, .../environmentvariablevalue).</summary>
    public async Task<EnvironmentVariableState?> FindEnvironmentVariableAsync(string schemaName, CancellationToken cancellationToken)
    {
        var what = $"reading environment variable {schemaName}";
        var definitions = await SendAsync(HttpMethod.Get, $"environmentvariabledefinitions?$select=environmentvariabledefinitionid,schemaname,defaultvalue&$filter={Filter("schemaname", schemaName)}", null, what, cancellationToken).ConfigureAwait(false);
        var definition = FirstRow(definitions);
        if (definition == null)
        {
            return null;
        }

        var definitionId = GuidOf(definition, "environmentvariabledefinitionid");
        var values = await SendAsync(HttpMethod.Get, $"environmentvariablevalues?$select=environmentvariablevalueid,value&$filter=_environmentvariabledefinitionid_value eq {definitionId}", null, what, cancellationToken).ConfigureAwait(false);
        var value = FirstRow(values);
        return new EnvironmentVariableState(
            definitionId,
            Text(definition.Value, "schemaname") ?? schemaName,
            Text(definition.Value, "defaultvalue"),
            value == null ? null : GuidOf(value, "environmentvariablevalueid"),
            value == null ? null : Text(value.Value, "value"));
    }

    /// <summary>Updates the value row, or creates one bound to the definition when there is none.</summary>
    public Task SetEnvironmentVariableValueAsync(EnvironmentVariableState variable, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var what = $"setting environment variable {variable.SchemaName}";
        return variable.ValueId is { } valueId
            ? SendAsync(HttpMethod.Patch, $"environmentvariablevalues({valueId})", new Dictionary<string, object> { ["value"] = value }, what, cancellationToken, ifMatch: true)
            : SendAsync(HttpMethod.Post, "environmentvariablevalues", new Dictionary<string, object>
            {
                ["value"] = value,
                ["EnvironmentVariableDefinitionId@odata.bind"] = $"/environmentvariabledefinitions({variable.DefinitionId})",
            }, what, cancellationToken);
    }

    /// <summary>
    /// The saved row of one adoption setting, or null when none is saved. A table that does not exist yet (a what-if before the
    /// first import) answers 404, which reads the same: nothing saved.
    /// </summary>
    public async Task<AdoptionSettingRow?> FindAdoptionSettingAsync(TableDefinition table, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var answer = await SendAsync(HttpMethod.Get, $"{table.EntitySetName}?$select={table.PrimaryIdColumn},{PrivacyModeSetting.ValueColumn}&$filter={Filter(PrivacyModeSetting.NameColumn, name)}", null, $"reading adoption setting {name}", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        var row = FirstRow(answer);
        return row == null ? null : new AdoptionSettingRow(GuidOf(row, table.PrimaryIdColumn), Text(row.Value, PrivacyModeSetting.ValueColumn));
    }

    /// <summary>Updates the saved row's value, or creates the row with a note for other administrators when none is saved.</summary>
    public Task SaveAdoptionSettingAsync(TableDefinition table, AdoptionSettingRow? saved, string name, string value, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var what = $"saving adoption setting {name}";
        return saved != null
            ? SendAsync(HttpMethod.Patch, $"{table.EntitySetName}({saved.Id})", new Dictionary<string, object> { [PrivacyModeSetting.ValueColumn] = value }, what, cancellationToken, ifMatch: true)
            : SendAsync(HttpMethod.Post, table.EntitySetName, new Dictionary<string, object>
            {
                [PrivacyModeSetting.NameColumn] = name,
                [PrivacyModeSetting.ValueColumn] = value,
                [PrivacyModeSetting.DescriptionColumn] = note,
            }, what, cancellationToken);
    }

    /// <summary>A connection reference by logical name, or null (LD webapi/reference/connectionreference).</summary>
    public async Task<ConnectionReferenceState?> FindConnectionReferenceAsync(string logicalName, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"connectionreferences?$select=connectionreferenceid,connectionreferencelogicalname,connectionid&$filter={Filter("connectionreferencelogicalname", logicalName)}", null, $"reading connection reference {logicalName}", cancellationToken).ConfigureAwait(false);
        var row = FirstRow(answer);
        return row == null ? null : new ConnectionReferenceState(GuidOf(row, "connectionreferenceid"), Text(row.Value, "connectionreferencelogicalname") ?? logicalName, Text(row.Value, "connectionid"));
    }

    public Task BindConnectionReferenceAsync(ConnectionReferenceState reference, string connectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendAsync(HttpMethod.Patch, $"connectionreferences({reference.Id})", new Dictionary<string, object> { ["connectionid"] = connectionId }, $"binding connection reference {reference.LogicalName}", cancellationToken, ifMatch: true);
    }

    /// <summary>A cloud flow's workflow row, or null (power-automate manage-flows-with-code).</summary>
    public async Task<CloudFlowState?> FindCloudFlowAsync(Guid workflowId, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"workflows({workflowId})?$select=workflowid,name,statecode", null, $"reading cloud flow {workflowId}", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return answer == null ? null : new CloudFlowState(workflowId, Text(answer.Value, "name") ?? workflowId.ToString(), Int(answer.Value, "statecode"));
    }

    /// <summary>Turns a cloud flow on: PATCH statecode 1 with If-Match * (power-automate manage-flows-with-code, "Update a cloud flow").</summary>
    public Task TurnOnCloudFlowAsync(CloudFlowState flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return SendAsync(HttpMethod.Patch, $"workflows({flow.Id})", new Dictionary<string, object> { ["statecode"] = 1 }, $"turning on cloud flow {flow.Name}", cancellationToken, ifMatch: true);
    }

    /// <summary>A plugin step's row, or null (LD reference/entities/sdkmessageprocessingstep).</summary>
    public async Task<PluginStepState?> FindPluginStepAsync(Guid stepId, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"sdkmessageprocessingsteps({stepId})?$select=name,statecode", null, $"reading plugin step {stepId}", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return answer == null ? null : new PluginStepState(stepId, Text(answer.Value, "name") ?? stepId.ToString(), Int(answer.Value, "statecode"));
    }

    /// <summary>Enables a plugin step: statecode 0 Enabled, statuscode 1 Enabled.</summary>
    public Task EnablePluginStepAsync(PluginStepState step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return SendAsync(HttpMethod.Patch, $"sdkmessageprocessingsteps({step.Id})", new Dictionary<string, object> { ["statecode"] = 0, ["statuscode"] = 1 }, $"enabling plugin step {step.Name}", cancellationToken, ifMatch: true);
    }

    /// <summary>The ids of up to <paramref name="top"/> rows of a table; none when the table does not exist.</summary>
    public async Task<IReadOnlyList<Guid>> ListRowIdsAsync(string entitySetName, string primaryIdColumn, int top, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"{entitySetName}?$select={primaryIdColumn}&$top={top.ToString(CultureInfo.InvariantCulture)}", null, $"listing rows of {entitySetName}", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return [.. Rows(answer).Select(row => GuidOf(row, primaryIdColumn))];
    }

    public Task DeleteRowAsync(string entitySetName, Guid id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{entitySetName}({id})", null, $"deleting a row of {entitySetName}", cancellationToken, allowNotFound: true);

    /// <summary>Deletes (uninstalls) a solution; for a managed solution this removes its tables and their data (dataverse-facts 8.1).</summary>
    public Task DeleteSolutionAsync(InstalledSolution solution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return SendAsync(HttpMethod.Delete, $"solutions({solution.Id})", null, $"deleting solution {solution.UniqueName}", cancellationToken);
    }

    /// <summary>
    /// Calls an unbound action, such as a custom API, with its request parameters as the JSON body; the answer holds the response
    /// properties by name (dataverse-facts 2.3).
    /// </summary>
    public async Task<JsonElement> CallActionAsync(string uniqueName, IReadOnlyDictionary<string, object> parameters, string what, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uniqueName);
        var answer = await SendAsync(HttpMethod.Post, uniqueName, parameters, what, cancellationToken).ConfigureAwait(false);
        if (answer is { } properties)
        {
            return properties;
        }

        using var none = JsonDocument.Parse("{}");
        return none.RootElement.Clone();
    }

    /// <summary>The users whose domain name (the sign-in name) or primary email is <paramref name="domainNameOrEmail"/> (LD reference/entities/systemuser).</summary>
    public async Task<IReadOnlyList<UserMatch>> FindUsersAsync(string domainNameOrEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainNameOrEmail);
        var filter = $"{Filter("domainname", domainNameOrEmail)}{Uri.EscapeDataString(" or ")}{Filter("internalemailaddress", domainNameOrEmail)}";
        var answer = await SendAsync(HttpMethod.Get, $"systemusers?$select=systemuserid,fullname,domainname&$filter={filter}", null, $"looking up user {domainNameOrEmail}", cancellationToken).ConfigureAwait(false);
        return [.. Rows(answer).Select(row => new UserMatch(GuidOf(row, "systemuserid"), Text(row, "fullname") ?? string.Empty, Text(row, "domainname")))];
    }

    private static string Filter(string column, string value) =>
        Uri.EscapeDataString($"{column} eq '{value.Replace("'", "''", StringComparison.Ordinal)}'");

    private async Task<JsonElement?> SendAsync(HttpMethod method, string relativeUrl, object? body, string what, CancellationToken cancellationToken, bool allowNotFound = false, bool ifMatch = false)
    {
        var waited = TimeSpan.Zero;
        for (var retry = 1; ; retry++)
        {
            using var request = await BuildRequestAsync(method, relativeUrl, body, ifMatch, cancellationToken).ConfigureAwait(false);
            using var response = await SendOnceAsync(request, what, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // Service protection limits answer 429 with Retry-After in seconds (LD api-limits, dataverse-facts 4.6).
                var (code, message) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                var wait = _options.Retry.WaitBefore(retry, RetryAfter(response));
                if (retry > _options.Retry.MaxRetries || waited + wait > _options.Retry.MaxTotalWait)
                {
                    throw new DataverseRequestException(DataverseFailure.Throttled, response.StatusCode, code,
                        $"Dataverse kept refusing requests under its service protection limits while {what} ({retry - 1} retries over {Seconds(waited)}): {message} Wait a few minutes, then run the same command again.");
                }

                _options.Notify($"Dataverse asked to slow down while {what} ({code ?? "429"}): waiting {Seconds(wait)} before retry {retry} of {_options.Retry.MaxRetries}.");
                await Task.Delay(wait, _options.Time, cancellationToken).ConfigureAwait(false);
                waited += wait;
                continue;
            }

            if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(response, what, cancellationToken).ConfigureAwait(false);
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (text.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
    }

    private async Task<HttpRequestMessage> BuildRequestAsync(HttpMethod method, string relativeUrl, object? body, bool ifMatch, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var request = new HttpRequestMessage(method, relativeUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
        if (ifMatch)
        {
            // Without If-Match a PATCH to a missing id would create a row (upsert); with it the call fails instead (dataverse-facts 4.2).
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        }

        if (body != null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException unreachable)
        {
            throw new DataverseRequestException(DataverseFailure.Unreachable, $"Could not reach {EnvironmentUrl} while {what}: {unreachable.Message}. Check the URL (Power Platform admin center > environment > Environment URL) and the network.", unreachable);
        }
        catch (TaskCanceledException timeout) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DataverseRequestException(DataverseFailure.Unreachable, $"{EnvironmentUrl} did not answer within {Seconds(_options.RequestTimeout)} while {what}.", timeout);
        }
    }

    private async Task<DataverseRequestException> FailureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var (code, message) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new DataverseRequestException(DataverseFailure.Unauthorized, response.StatusCode, code,
                $"{EnvironmentUrl} refused the sign-in with {_tokens.Description} (401 Unauthorized) while {what}. {message} Check that the identity is a user of this environment (application users: Power Platform admin center > Settings > Users + permissions > Application users) and that the URL is the right environment."),
            HttpStatusCode.Forbidden => new DataverseRequestException(DataverseFailure.Forbidden, response.StatusCode, code,
                $"Signed in with {_tokens.Description}, but it may not do this while {what} (403 Forbidden): {message} Give it the System Administrator or System Customizer security role in this environment."),
            _ => new DataverseRequestException(DataverseFailure.Failed, response.StatusCode, code,
                $"Dataverse answered {(int)response.StatusCode} {response.ReasonPhrase} while {what}: {message}{(code == null ? string.Empty : $" (error {code})")}"),
        };
    }

    private static async Task<(string? Code, string Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                return (Text(error, "code"), Text(error, "message") ?? "(no message)");
            }
        }
        catch (JsonException)
        {
            // Not every gateway answers with the Web API error shape; show the text as it came.
        }

        return (null, string.IsNullOrWhiteSpace(text) ? "(no message)" : text.Trim());
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        return header?.Delta ?? (header?.Date is { } date ? date - _options.Time.GetUtcNow() : null);
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    private static JsonElement? FirstRow(JsonElement? answer) => Rows(answer).Cast<JsonElement?>().FirstOrDefault();

    private static List<JsonElement> Rows(JsonElement? answer) =>
        answer is { } root && root.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];

    private static string? Text(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;

    private static Guid GuidOf(JsonElement? row, string name) =>
        row is { } element && Guid.TryParse(Text(element, name), out var id)
            ? id
            : throw new DataverseRequestException(DataverseFailure.Failed, $"Dataverse's answer has no {name}; the URL may not be a Dataverse environment.");

    private static string IndexStatus(JsonElement key) =>
        key.TryGetProperty("EntityKeyIndexStatus", out var status) && status.ValueKind == JsonValueKind.Number
            ? status.GetInt32() switch { 0 => "Pending", 1 => "InProgress", 2 => "Active", 3 => "Failed", _ => "Unknown" }
            : Text(key, "EntityKeyIndexStatus") ?? "Unknown";
}
