using System;
using System.Linq;
using System.Threading;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class ThreadSafetyTests
{
    private const int Threads = 4;
    private const int PerThread = 500;

    [Fact]
    public void ConcurrentCreates_KeepEveryRow()
    {
        using var org = new TestOrganization();
        var ids = new Guid[Threads][];

        RunOnThreads(t => ids[t] = [.. Enumerable.Range(0, PerThread).Select(_ => org.Service.Create(A.Task().Build()))]);

        var stored = org.Service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet() }).Entities.Select(e => e.Id);
        Assert.Equal(ids.SelectMany(i => i).Order(), stored.Order());
    }

    [Fact]
    public void ConcurrentReadersAndWriters_SeeOnlyWholeRows()
    {
        using var org = new TestOrganization();
        var failures = 0;

        RunOnThreads(t =>
        {
            for (var i = 0; i < 200; i++)
            {
                var id = org.Service.Create(A.Task().WithSubject($"t{t}").Taking(i).Build());
                var task = org.Service.Retrieve("task", id, new ColumnSet("subject", "actualdurationminutes"));
                if ((string)task["subject"] != $"t{t}" || (int)task["actualdurationminutes"] != i)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    private static void RunOnThreads(Action<int> work)
    {
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() => work(t))).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}
