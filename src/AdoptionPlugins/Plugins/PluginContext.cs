using System;
using AdoptionPlugins.Adoption;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>Everything one plugin execution needs, with services named by whom they act as.</summary>
public sealed class PluginContext
{
    private const string TargetParameter = "Target";

    private readonly IOrganizationServiceFactory _serviceFactory;
    private IOrganizationService? _callingUserService;
    private IOrganizationService? _systemService;

    public PluginContext(IServiceProvider serviceProvider)
    {
        Execution = GetRequiredService<IPluginExecutionContext>(serviceProvider);
        Tracing = GetRequiredService<ITracingService>(serviceProvider);
        _serviceFactory = GetRequiredService<IOrganizationServiceFactory>(serviceProvider);
        Clock = new FixedClock(Execution.OperationCreatedOn);
    }

    public IPluginExecutionContext Execution { get; }

    public ITracingService Tracing { get; }

    /// <summary>The operation's own time: the same for every step of it, and reproducible in tests.</summary>
    public IClock Clock { get; }

    /// <summary>Acts as the step's user (the caller unless the step impersonates); security applies.</summary>
    public IOrganizationService CallingUserService
        => _callingUserService ??= _serviceFactory.CreateOrganizationService(Execution.UserId);

    /// <summary>Acts as SYSTEM (dataverse-facts 1.5: a null user id); use only for the product's own tables.</summary>
    public IOrganizationService SystemService
        => _systemService ??= _serviceFactory.CreateOrganizationService(null);

    /// <summary>The record sent with Create or Update: for Update it holds only the columns sent (dataverse-facts 1.5).</summary>
    public Entity Target
    {
        get
        {
            if (Execution.InputParameters.TryGetValue(TargetParameter, out object value) && value is Entity target)
            {
                return target;
            }

            throw new InvalidPluginExecutionException(
                $"The {Execution.MessageName} step on '{Execution.PrimaryEntityName}' expected a record in its Target parameter; check the step registration.");
        }
    }

    /// <summary>The initiating user when the platform says it is an application user (dataverse-facts 1.5, 5.3); null otherwise.</summary>
    public Guid? InitiatingApplicationUserId =>
        Execution is IPluginExecutionContext2 context && context.InitiatingUserApplicationId != Guid.Empty ? context.InitiatingUserId : null;

    public Entity RequirePreImage(string alias) => RequireImage(Execution.PreEntityImages, alias, "pre");

    public Entity RequirePostImage(string alias) => RequireImage(Execution.PostEntityImages, alias, "post");

    private Entity RequireImage(EntityImageCollection images, string alias, string kind)
    {
        if (images.TryGetValue(alias, out Entity image) && image != null)
        {
            return image;
        }

        throw new InvalidPluginExecutionException(
            $"The {Execution.MessageName} step on '{Execution.PrimaryEntityName}' needs the {kind}-image '{alias}'; register it on the step.");
    }

    private static T GetRequiredService<T>(IServiceProvider serviceProvider)
        where T : class
    {
        return serviceProvider.GetService(typeof(T)) as T
            ?? throw new InvalidPluginExecutionException($"The platform did not provide {typeof(T).Name}.");
    }
}
