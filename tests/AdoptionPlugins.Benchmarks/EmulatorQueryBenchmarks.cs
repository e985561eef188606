using System;
using AdoptionPlugins.Emulator.Service;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Benchmarks;

/// <summary>RetrieveMultiple over 1M activity rows with an indexed filter, and the memory those rows hold (target: under 2 GiB).</summary>
[MemoryDiagnoser]
public class EmulatorQueryBenchmarks : IDisposable
{
    private const int Rows = 1_000_000;
    private const int Owners = 1_000;

    private BenchmarkOrganization _organization = null!;
    private EmulatedOrganizationService _service = null!;
    private Guid _owner;

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _organization = new BenchmarkOrganization(Owners);
        for (var number = 0; number < Rows; number++)
        {
            _organization.System.Create(BenchmarkOrganization.Task(_organization.UserIds[number % Owners], number));
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// {Rows:N0} task rows (with their indexes) hold {held / (1024.0 * 1024.0):N0} MiB");
        _owner = _organization.UserIds[Owners / 2];
        _service = new EmulatedOrganizationService(_organization.Database, _owner);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _organization.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int TasksOfOneOwner()
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject", "actualdurationminutes") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, _owner);
        return _service.RetrieveMultiple(query).Entities.Count;
    }

    [Benchmark]
    public int FirstPageOfOneOwnersShortTasks()
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 50, PageNumber = 1 } };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, _owner);
        query.Criteria.AddCondition("actualdurationminutes", ConditionOperator.LessEqual, 30);
        query.AddOrder("subject", OrderType.Ascending);
        return _service.RetrieveMultiple(query).Entities.Count;
    }
}
