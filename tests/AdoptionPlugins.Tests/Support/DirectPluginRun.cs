using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// TEMPORARY, until the emulator's pipeline lands: runs one plugin execution the way the async service would, against the
/// emulator, with the context, images (as the step's attribute registers them) and services the platform gives it.
/// The test performs the user's request itself and then runs the step; the pipeline will do both in one call.
/// </summary>
public static class DirectPluginRun
{
    /// <summary>The step on Create, run now: the post-image is the new row's registered columns.</summary>
    public static PluginRun Create<TPlugin>(CaptureOrganization org, string table, Guid id, Guid initiatingUserId, TPlugin? instance = null, Guid? applicationId = null)
        where TPlugin : class, IPlugin, new() =>
        PrepareCreate<TPlugin>(org, table, id, initiatingUserId, applicationId)(instance ?? new TPlugin());

    /// <summary>
    /// The job the async service queues on Create: context and post-image are taken now, as the platform stores them with the
    /// job, and the returned function runs it later, on any plugin instance and thread.
    /// </summary>
    public static Func<IPlugin, PluginRun> PrepareCreate<TPlugin>(CaptureOrganization org, string table, Guid id, Guid initiatingUserId, Guid? applicationId = null)
        where TPlugin : class, IPlugin, new()
    {
        var step = StepOf<TPlugin>(PluginMessages.Create, table);
        var context = NewContext(org, PluginMessages.Create, table, id, initiatingUserId, applicationId);
        context.Inputs["Target"] = new Entity(table, id);
        context.PostImages[ImageAliases.PostImage] = Image(org, table, id, step.PostImage!);
        return plugin => Run(org, plugin, context);
    }

    /// <summary>Reads the pre-image a step on Update registers; take it before performing the update.</summary>
    public static Entity PreImageFor<TPlugin>(CaptureOrganization org, string table, Guid id)
        where TPlugin : class, IPlugin, new() =>
        Image(org, table, id, StepOf<TPlugin>(PluginMessages.Update, table).PreImage!);

    /// <summary>The step on Update, after the test performed it: <paramref name="sent"/> is the Target, the images as registered.</summary>
    public static PluginRun Update<TPlugin>(CaptureOrganization org, Entity sent, Entity? preImage, Guid initiatingUserId, TPlugin? instance = null)
        where TPlugin : class, IPlugin, new() =>
        PrepareUpdate<TPlugin>(org, sent, preImage, initiatingUserId)(instance ?? new TPlugin());

    /// <summary>The job the async service queues on Update, after the test performed it; see <see cref="PrepareCreate{TPlugin}"/>.</summary>
    public static Func<IPlugin, PluginRun> PrepareUpdate<TPlugin>(CaptureOrganization org, Entity sent, Entity? preImage, Guid initiatingUserId)
        where TPlugin : class, IPlugin, new()
    {
        var step = StepOf<TPlugin>(PluginMessages.Update, sent.LogicalName);
        var context = NewContext(org, PluginMessages.Update, sent.LogicalName, sent.Id, initiatingUserId, null);
        context.Inputs["Target"] = sent;
        if (step.PreImage is not null)
        {
            context.PreImages[ImageAliases.PreImage] = preImage ?? throw new ArgumentNullException(nameof(preImage), "The step registers a pre-image.");
        }

        context.PostImages[ImageAliases.PostImage] = Image(org, sent.LogicalName, sent.Id, step.PostImage!);
        return plugin => Run(org, plugin, context);
    }

    /// <summary>The step on Win: the OpportunityClose input names the opportunity, nothing else is given (dataverse-facts 5.6).</summary>
    public static PluginRun Win<TPlugin>(CaptureOrganization org, Guid opportunityId, Guid initiatingUserId, TPlugin? instance = null)
        where TPlugin : class, IPlugin, new() =>
        PrepareWin<TPlugin>(org, opportunityId, initiatingUserId)(instance ?? new TPlugin());

    /// <summary>The job the async service queues on Win; see <see cref="PrepareCreate{TPlugin}"/>.</summary>
    public static Func<IPlugin, PluginRun> PrepareWin<TPlugin>(CaptureOrganization org, Guid opportunityId, Guid initiatingUserId)
        where TPlugin : class, IPlugin, new()
    {
        var context = NewContext(org, PluginMessages.Win, Opportunity.EntityName, opportunityId, initiatingUserId, null);
        context.Inputs[PluginMessages.OpportunityCloseParameter] = new Entity("opportunityclose")
        {
            [PluginMessages.OpportunityCloseOpportunityId] = new EntityReference(Opportunity.EntityName, opportunityId),
        };
        context.Inputs["Status"] = new OptionSetValue(3);
        return plugin => Run(org, plugin, context);
    }

    /// <summary>A custom API's main operation (stage 30), called by <paramref name="callerId"/> with these inputs.</summary>
    public static PluginRun CustomApi<TPlugin>(CaptureOrganization org, string message, Guid callerId, IDictionary<string, object> inputs)
        where TPlugin : class, IPlugin, new()
    {
        var context = NewContext(org, message, null, Guid.Empty, callerId, null);
        context.Stage = 30;
        context.ModeValue = 0;
        foreach (var (name, value) in inputs)
        {
            context.Inputs[name] = value;
        }

        return Run(org, new TPlugin(), context);
    }

    private static PluginStepAttribute StepOf<TPlugin>(string message, string table) =>
        typeof(TPlugin).GetCustomAttributes<PluginStepAttribute>().SingleOrDefault(step => step.Message == message && step.Table == table)
            ?? throw new InvalidOperationException($"{typeof(TPlugin).Name} has no [PluginStep] for {message} of {table}.");

    private static Entity Image(CaptureOrganization org, string table, Guid id, string columns) =>
        org.SystemService.Retrieve(table, id, new ColumnSet(columns.Split(',')));

    private static Context NewContext(CaptureOrganization org, string message, string? table, Guid id, Guid initiatingUserId, Guid? applicationId) => new()
    {
        MessageName = message,
        PrimaryEntityName = table ?? "none",
        PrimaryEntityId = id,
        InitiatingUserId = initiatingUserId,
        UserId = initiatingUserId,
        OperationCreatedOn = org.Clock.UtcNow,
        InitiatingUserApplicationId = applicationId ?? Guid.Empty,
        OrganizationId = org.Database.RootBusinessUnitId,
    };

    private static PluginRun Run(CaptureOrganization org, IPlugin plugin, Context context)
    {
        var traces = new ConcurrentQueue<string>();
        plugin.Execute(new Services(org, context, new Tracing(traces)));
        return new PluginRun(traces.ToList(), context.OutputParameters);
    }

    private sealed class Services(CaptureOrganization org, Context context, Tracing tracing) : IServiceProvider, IOrganizationServiceFactory
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IPluginExecutionContext) ? context
            : serviceType == typeof(ITracingService) ? tracing
            : serviceType == typeof(IOrganizationServiceFactory) ? this
            : null;

        // A null user is SYSTEM (dataverse-facts 1.5).
        public IOrganizationService CreateOrganizationService(Guid? userId) => org.WrapPluginServices(org.ServiceFor(userId ?? org.Database.SystemUserId));
    }

    private sealed class Tracing(ConcurrentQueue<string> lines) : ITracingService
    {
        public void Trace(string format, params object[] args) => lines.Enqueue(string.Format(CultureInfo.InvariantCulture, format, args));
    }

    private sealed class Context : IPluginExecutionContext2
    {
        public ParameterCollection Inputs { get; } = [];

        public EntityImageCollection PreImages { get; } = [];

        public EntityImageCollection PostImages { get; } = [];

        public int ModeValue { get; set; } = 1;

        public Guid BusinessUnitId { get; init; }

        public Guid CorrelationId { get; } = Guid.NewGuid();

        public int Depth => 1;

        public Guid InitiatingUserId { get; init; }

        public ParameterCollection InputParameters => Inputs;

        public bool IsExecutingOffline => false;

        public bool IsInTransaction => ModeValue == 0;

        public bool IsOfflinePlayback => false;

        public int IsolationMode => 2;

        public string MessageName { get; init; } = string.Empty;

        public int Mode => ModeValue;

        public DateTime OperationCreatedOn { get; init; }

        public Guid OperationId { get; } = Guid.NewGuid();

        public Guid OrganizationId { get; init; }

        public string OrganizationName => "emulated";

        public ParameterCollection OutputParameters { get; } = [];

        public EntityReference OwningExtension => new("sdkmessageprocessingstep", Guid.Empty);

        public EntityImageCollection PostEntityImages => PostImages;

        public EntityImageCollection PreEntityImages => PreImages;

        public Guid PrimaryEntityId { get; init; }

        public string PrimaryEntityName { get; init; } = string.Empty;

        public Guid? RequestId { get; } = Guid.NewGuid();

        public string SecondaryEntityName => "none";

        public ParameterCollection SharedVariables { get; } = [];

        public Guid UserId { get; init; }

        public IPluginExecutionContext ParentContext => null!;

        public int Stage { get; set; } = 40;

        public Guid InitiatingUserApplicationId { get; init; }

        public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

        public bool IsPortalsClientCall => false;

        public Guid PortalsContactId => Guid.Empty;

        public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
    }
}
