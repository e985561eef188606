using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A fake Dataverse environment on a loopback port that answers the Web API calls the deploy, backfill and evaluate clients make, as its scenario scripts.</summary>
public sealed class FakeWebApi : IAsyncDisposable
{
    private const string ApiPrefix = "/api/data/v9.2/";
    private static readonly JsonSerializerOptions AsWritten = new();
    private readonly WebApplication _app;
    private readonly FakeEndpoints _endpoints;
    private readonly ConcurrentQueue<string> _requests = new();
    private int _throttledSoFar;

    private FakeWebApi(WebApplication app, FakeScenario scenario)
    {
        _app = app;
        Scenario = scenario;
        _endpoints = new FakeEndpoints(scenario, State);
    }

    public FakeScenario Scenario { get; }

    public FakeState State { get; } = new();

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request as "METHOD path?query", in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>The requests that would change something (anything but GET).</summary>
    public IReadOnlyList<string> Writes => [.. _requests.Where(request => !request.StartsWith("GET ", StringComparison.Ordinal))];

    public static async Task<FakeWebApi> StartAsync(FakeScenario? scenario = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 256 * 1024 * 1024;
        });
        var app = builder.Build();
        var fake = new FakeWebApi(app, scenario ?? new FakeScenario());
        app.Run(fake.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        fake.Url = new Uri(app.Urls.First());
        return fake;
    }

    /// <summary>Installs a solution before the test runs, as if an earlier deploy had done it.</summary>
    public void Install(AdoptionPlugins.Tooling.Deployment.SolutionPackage package) => _endpoints.Install(package);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? string.Empty;
        _requests.Enqueue($"{request.Method} {path[Math.Min(path.Length, ApiPrefix.Length)..]}{Uri.UnescapeDataString(request.QueryString.Value ?? string.Empty)}");
        var response = await AnswerAsync(http, path).ConfigureAwait(false);
        http.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (response.Body != null)
        {
            await http.Response.WriteAsJsonAsync(response.Body, AsWritten).ConfigureAwait(false);
        }
    }

    private async Task<FakeResponse> AnswerAsync(HttpContext http, string path)
    {
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Scenario.AcceptedToken}")
        {
            return FakeResponse.Error(401, "0x80072560", "The user is not a member of the organization.");
        }

        if (Interlocked.Increment(ref _throttledSoFar) <= Scenario.ThrottledRequests)
        {
            return FakeResponse.Throttled(Scenario.RetryAfterSeconds);
        }

        if (!path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return FakeResponse.NotFound(path);
        }

        if (http.Request.Method == "PATCH" && http.Request.Headers.IfMatch.ToString() != "*")
        {
            return FakeResponse.Error(400, "fake", "PATCH without If-Match: * would create a row when the id does not exist.");
        }

        JsonElement? body = null;
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync().ConfigureAwait(false);
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }

        lock (State.Gate)
        {
            return _endpoints.Answer(http.Request.Method, path[ApiPrefix.Length..], Query(http.Request), body);
        }
    }

    private static Dictionary<string, string> Query(HttpRequest request) =>
        request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
}
