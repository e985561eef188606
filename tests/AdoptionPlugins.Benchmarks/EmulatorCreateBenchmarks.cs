using System;
using AdoptionPlugins.Emulator.Service;
using BenchmarkDotNet.Attributes;

namespace AdoptionPlugins.Benchmarks;

/// <summary>What one Create costs in the emulator (target: under 20 µs).</summary>
[MemoryDiagnoser]
public class EmulatorCreateBenchmarks : IDisposable
{
    private BenchmarkOrganization _organization = null!;
    private EmulatedOrganizationService _service = null!;
    private Guid _owner;
    private int _number;

    [GlobalSetup]
    public void Setup()
    {
        _organization = new BenchmarkOrganization(users: 100);
        _owner = _organization.UserIds[0];
        _service = new EmulatedOrganizationService(_organization.Database, _owner);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _organization.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Guid CreateTask() => _service.Create(BenchmarkOrganization.Task(_owner, _number++));
}
