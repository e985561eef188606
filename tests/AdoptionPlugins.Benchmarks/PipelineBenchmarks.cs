using System;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Tooling.Registrations;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Benchmarks;

/// <summary>What one Create costs through the plugin pipeline with one step: an async step whose system job is queued (target: under 20 µs), or a synchronous no-op step.</summary>
[MemoryDiagnoser]
[InvocationCount(16_384)]
public class PipelineBenchmarks : IDisposable
{
    private EmulatedOrganization _asyncOrganization = null!;
    private EmulatedOrganization _syncOrganization = null!;
    private IOrganizationService _asyncCaller = null!;
    private IOrganizationService _syncCaller = null!;
    private int _number;

    [GlobalSetup]
    public void Setup()
    {
        (_asyncOrganization, _asyncCaller) = OrganizationWith(StepMode.Asynchronous);
        (_syncOrganization, _syncCaller) = OrganizationWith(StepMode.Synchronous);
    }

    // Queued jobs are run between iterations so the queue does not grow without end; their cost is not measured.
    [IterationCleanup]
    public void RunQueuedJobs() => _asyncOrganization.AsyncJobs.RunAll();

    [GlobalCleanup]
    public void Dispose()
    {
        _asyncOrganization.Dispose();
        _syncOrganization.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Guid CreateWithOneAsyncStepQueued() => _asyncCaller.Create(Task(_number++));

    [Benchmark]
    public Guid CreateWithOneSyncNoOpStep() => _syncCaller.Create(Task(_number++));

    private static (EmulatedOrganization Organization, IOrganizationService Caller) OrganizationWith(StepMode mode)
    {
        var organization = new EmulatedOrganization(new EmulatedOrganizationOptions { PluginAssemblies = [typeof(NoOpPlugin).Assembly] });
        organization.Plugins.Register(new StepRegistration
        {
            Id = Guid.NewGuid(),
            Name = $"{typeof(NoOpPlugin).FullName}: Create of task",
            MessageName = "Create",
            PrimaryEntity = "task",
            PluginTypeName = typeof(NoOpPlugin).AssemblyQualifiedName,
            PluginTypeId = Guid.NewGuid(),
            Stage = PipelineStage.PostOperation,
            Mode = mode,
            Rank = 1,
            AsyncAutoDelete = true,
        });
        return (organization, organization.ServiceFor(organization.CreateUser("Benchmark")));
    }

    private static Entity Task(int number) => new("task") { ["subject"] = $"Follow up #{number}", ["actualdurationminutes"] = 15 };
}
