using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.ServiceModel;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// A test step on the signal table's Create and Update (synchronous, PreOperation) that fails some writes the way a busy
/// database does: "Generic SQL error" (a deadlock) before the row is written. Seeded by its configuration; each row fails at most
/// a set number of times, so the async service's retries get through; safe for the threads the async service runs jobs on.
/// Being a step on the table, it also sends capture's upserts through the pipeline, where two writers of one new id really race.
/// </summary>
public sealed class FlakySignalWrites : IPlugin
{
    private readonly Random _random;
    private readonly double _failureRate;
    private readonly int _maxFailuresPerRow;
    private readonly ConcurrentDictionary<Guid, int> _failures = new();

    public FlakySignalWrites(string unsecureConfiguration)
    {
        var parts = (unsecureConfiguration ?? throw new ArgumentNullException(nameof(unsecureConfiguration))).Split('|');
        _random = new Random(int.Parse(parts[0], CultureInfo.InvariantCulture));
        _failureRate = double.Parse(parts[1], CultureInfo.InvariantCulture);
        _maxFailuresPerRow = int.Parse(parts[2], CultureInfo.InvariantCulture);
    }

    /// <summary>Registers the step on Create and Update of adopt_activitysignal.</summary>
    public static void RegisterOn(CaptureOrganization org, int seed, double failureRate, int maxFailuresPerRow)
    {
        org.Organization.Plugins.AddAssembly(typeof(FlakySignalWrites).Assembly);
        var configuration = string.Create(CultureInfo.InvariantCulture, $"{seed}|{failureRate}|{maxFailuresPerRow}");
        var typeId = Guid.NewGuid();
        foreach (var message in new[] { PluginMessages.Create, PluginMessages.Update })
        {
            org.Organization.Plugins.Register(new StepRegistration
            {
                Id = Guid.NewGuid(),
                Name = $"{typeof(FlakySignalWrites).FullName}: {message} of {ActivitySignal.EntityName}",
                MessageName = message,
                SdkMessageId = SdkMessages.IdOf(message),
                PrimaryEntity = ActivitySignal.EntityName,
                PluginTypeName = typeof(FlakySignalWrites).AssemblyQualifiedName,
                PluginTypeId = typeId,
                Stage = PipelineStage.PreOperation,
                Mode = StepMode.Synchronous,
                Rank = 1,
                Configuration = configuration,
            });
        }
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var row = context.InputParameters["Target"] is Entity target ? target.Id : context.PrimaryEntityId;
        bool unlucky;
        lock (_random)
        {
            unlucky = _random.NextDouble() < _failureRate;
        }

        if (unlucky && _failures.AddOrUpdate(row, 1, (_, count) => count + 1) <= _maxFailuresPerRow)
        {
            throw new FaultException<OrganizationServiceFault>(
                new OrganizationServiceFault { ErrorCode = TransientFaults.GenericSqlError, Message = "Generic SQL error (deadlock), injected by the test." },
                new FaultReason("Generic SQL error"));
        }
    }
}
