using System;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AdoptionPlugins.Benchmarks;

/// <summary>
/// What capturing one activity costs inside the plugin: CPU on top of a no-op plugin with the same entry point (target: under
/// 50 µs median) and Dataverse requests (target: 1, printed once at setup). The service answers at once, so only our code is timed.
/// </summary>
[MemoryDiagnoser]
public class CaptureBenchmarks
{
    private readonly RecordActivitySignalOnCreate _capture = new();
    private readonly NoOpPlugin _noOp = new();
    private readonly ExecuteOnlyOrganizationService _service = new(_ => new UpsertResponse());
    private FakePluginServices _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (call, rep) = (Guid.NewGuid(), Guid.NewGuid());
        var createdOn = new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);
        var context = new FakePluginExecutionContext
        {
            MessageName = PluginMessages.Create, PrimaryEntityName = Activity.PhoneCall, PrimaryEntityId = call, InitiatingUserId = rep, UserId = rep, OperationCreatedOn = createdOn,
        };
        context.InputParameters["Target"] = new Entity(Activity.PhoneCall, call);
        context.PostEntityImages[ImageAliases.PostImage] = new Entity(Activity.PhoneCall, call)
        {
            [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, rep) { Name = "Riley Rep" },
            [RecordColumns.CreatedBy] = new EntityReference(SystemUser.EntityName, rep) { Name = "Riley Rep" },
            [RecordColumns.ModifiedBy] = new EntityReference(SystemUser.EntityName, rep) { Name = "Riley Rep" },
            [RecordColumns.CreatedOn] = createdOn,
            [RecordColumns.ModifiedOn] = createdOn,
            [RecordColumns.StateCode] = new OptionSetValue(Activity.StateOpen),
            [Activity.DirectionCode] = true,
        };
        _services = new FakePluginServices(context, _ => _service, keepTraces: false);
        _capture.Execute(_services);
        Console.WriteLine($"// Dataverse requests per captured activity: {_service.Requests}");
    }

    [Benchmark(Baseline = true)]
    public void NoOpPluginExecution() => _noOp.Execute(_services);

    [Benchmark]
    public void CapturePhoneCall() => _capture.Execute(_services);

    private sealed class NoOpPlugin : PluginEntryPoint
    {
        protected override void Run(PluginContext context)
        {
        }
    }
}
