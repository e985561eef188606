using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
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
        context.InputParameters["Target"] = new Entity(table, id);
        context.PostEntityImages[ImageAliases.PostImage] = Image(org, table, id, step.PostImage!);
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
        context.InputParameters["Target"] = sent;
        if (step.PreImage is not null)
        {
            context.PreEntityImages[ImageAliases.PreImage] = preImage ?? throw new ArgumentNullException(nameof(preImage), "The step registers a pre-image.");
        }

        context.PostEntityImages[ImageAliases.PostImage] = Image(org, sent.LogicalName, sent.Id, step.PostImage!);
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
        context.InputParameters[PluginMessages.OpportunityCloseParameter] = new Entity("opportunityclose")
        {
            [PluginMessages.OpportunityCloseOpportunityId] = new EntityReference(Opportunity.EntityName, opportunityId),
        };
        context.InputParameters["Status"] = new OptionSetValue(3);
        return plugin => Run(org, plugin, context);
    }

    /// <summary>A custom API's main operation (stage 30), called by <paramref name="callerId"/> with these inputs.</summary>
    public static PluginRun CustomApi<TPlugin>(CaptureOrganization org, string message, Guid callerId, IDictionary<string, object> inputs)
        where TPlugin : class, IPlugin, new()
    {
        var context = NewContext(org, message, null, Guid.Empty, callerId, null);
        context.Stage = 30;
        context.Mode = 0;
        foreach (var (name, value) in inputs)
        {
            context.InputParameters[name] = value;
        }

        return Run(org, new TPlugin(), context);
    }

    private static PluginStepAttribute StepOf<TPlugin>(string message, string table) =>
        typeof(TPlugin).GetCustomAttributes<PluginStepAttribute>().SingleOrDefault(step => step.Message == message && step.Table == table)
            ?? throw new InvalidOperationException($"{typeof(TPlugin).Name} has no [PluginStep] for {message} of {table}.");

    private static Entity Image(CaptureOrganization org, string table, Guid id, string columns) =>
        org.SystemService.Retrieve(table, id, new ColumnSet(columns.Split(',')));

    private static FakePluginExecutionContext NewContext(CaptureOrganization org, string message, string? table, Guid id, Guid initiatingUserId, Guid? applicationId) => new()
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

    // A null user is SYSTEM (dataverse-facts 1.5).
    private static PluginRun Run(CaptureOrganization org, IPlugin plugin, FakePluginExecutionContext context)
    {
        var services = new FakePluginServices(context, userId => org.WrapPluginServices(org.ServiceFor(userId ?? org.Database.SystemUserId)));
        plugin.Execute(services);
        return new PluginRun(services.Traces, context.OutputParameters);
    }
}
