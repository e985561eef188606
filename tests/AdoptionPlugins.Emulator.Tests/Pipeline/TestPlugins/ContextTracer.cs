using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Traces what its context says as key=value lines, so tests assert on what a step saw.</summary>
public sealed class ContextTracer : IPlugin
{
    private readonly string? _unsecure;
    private readonly string? _secure;

    public ContextTracer(string? unsecure, string? secure)
    {
        _unsecure = unsecure;
        _secure = secure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        trace.Trace("stage={0}", context.Stage);
        trace.Trace("mode={0}", context.Mode);
        trace.Trace("depth={0}", context.Depth);
        trace.Trace("message={0}", context.MessageName);
        trace.Trace("entity={0}", context.PrimaryEntityName);
        trace.Trace("id={0}", context.PrimaryEntityId);
        trace.Trace("user={0}", context.UserId);
        trace.Trace("initiating={0}", context.InitiatingUserId);
        trace.Trace("intransaction={0}", context.IsInTransaction);
        trace.Trace("operation={0}", context.OperationId);
        trace.Trace("createdon={0}", context.OperationCreatedOn.ToString("o", CultureInfo.InvariantCulture));
        trace.Trace("target={0}", context.InputParameters.TryGetValue("Target", out Entity target) ? Columns(target) : "none");
        trace.Trace("pre={0}", Images(context.PreEntityImages));
        trace.Trace("post={0}", Images(context.PostEntityImages));
        trace.Trace("outputs={0}", string.Join(",", context.OutputParameters.Keys.Order(StringComparer.Ordinal)));
        trace.Trace("shared={0}", Variables(context.SharedVariables));
        trace.Trace("parentshared={0}", context.ParentContext is null ? "none" : Variables(context.ParentContext.SharedVariables));
        trace.Trace("config={0}|{1}", _unsecure ?? "null", _secure ?? "null");
        trace.Trace("instance={0}", RuntimeHelpersId());
    }

    private static string Columns(Entity entity) => string.Join(",", entity.Attributes.Keys.Order(StringComparer.Ordinal));

    private static string Images(EntityImageCollection images) =>
        string.Join(";", images.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}:{Columns(i.Value)}"));

    private static string Variables(ParameterCollection variables) =>
        string.Join(",", variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}:{v.Value}"));

    private string RuntimeHelpersId() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this).ToString(CultureInfo.InvariantCulture);
}
