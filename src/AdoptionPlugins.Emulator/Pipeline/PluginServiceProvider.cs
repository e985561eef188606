using System;
using AdoptionPlugins.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// The IServiceProvider handed to one plugin execution: its context, its tracing service, and a service factory whose services
// make nested requests at Depth + 1 in the caller's transaction (dataverse-facts 1.4, 1.5). The emulator's SimulatedClock is
// offered too, so a test plugin can spend emulated time.
internal sealed class PluginServiceProvider : IServiceProvider, IOrganizationServiceFactory
{
    private readonly PluginPipeline _pipeline;
    private readonly PluginExecutionContext _context;
    private readonly PluginTracer _tracer;
    private readonly OperationTransaction? _transaction;
    private readonly DateTime _deadline;

    public PluginServiceProvider(PluginPipeline pipeline, PluginExecutionContext context, PluginTracer tracer, OperationTransaction? transaction, DateTime deadline)
    {
        _pipeline = pipeline;
        _context = context;
        _tracer = tracer;
        _transaction = transaction;
        _deadline = deadline;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) || serviceType == typeof(IPluginExecutionContext2))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracer;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return this;
        }

        return serviceType == typeof(SimulatedClock) ? _pipeline.Database.Clock as SimulatedClock : null;
    }

    // null acts as SYSTEM; Guid.Empty as the step's user (dataverse-facts 1.5).
    public IOrganizationService CreateOrganizationService(Guid? userId) => new EmulatedOrganizationService(
        _pipeline,
        new Invocation
        {
            UserId = userId switch
            {
                null => _pipeline.Database.SystemUserId,
                { } id when id == Guid.Empty => _context.UserId,
                { } id => id,
            },
            InitiatingUserId = _context.InitiatingUserId,
            Depth = _context.Depth + 1,
            CorrelationId = _context.CorrelationId,
            Transaction = _context.IsInTransaction ? _transaction : null,
            Parent = _context,
            Deadline = _deadline,
        });
}
