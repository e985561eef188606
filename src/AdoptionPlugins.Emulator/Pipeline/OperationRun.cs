using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Pipeline;

// One operation through the pipeline (dataverse-facts 1.6, 9.1): PreValidation (outside the transaction when the operation is the
// first of it), then per pass PreOperation, the core operation, PostOperation, and the async steps queued. Sync steps of a pass
// share its InputParameters and SharedVariables; PreValidation's SharedVariables reach later stages through ParentContext.
internal sealed class OperationRun
{
    private const string Target = "Target";

    private readonly PluginPipeline _pipeline;
    private readonly CoreOperation _operation;
    private readonly Invocation _invocation;
    private readonly OperationTransaction _transaction;
    private readonly CoreOperationContext _core;
    private readonly DateTime _startedOn;
    private readonly Guid _requestId;
    private Dictionary<Guid, UserFacts>? _users;
    private PrimaryEntity _primary;
    private ParameterCollection? _input;
    private ParameterCollection? _preValidationShared;
    private ParameterCollection? _shared;
    private PluginExecutionContext? _parent;

    public OperationRun(PluginPipeline pipeline, CoreOperation operation, OrganizationRequest request, Invocation invocation, OperationTransaction transaction)
    {
        _pipeline = pipeline;
        _operation = operation;
        _invocation = invocation;
        _transaction = transaction;
        _startedOn = pipeline.Clock.UtcNow;
        _requestId = request.RequestId ?? Guid.NewGuid();
        // Only plugins need their own copy of the request; the core operations leave it as sent.
        _core = new CoreOperationContext(
            pipeline.Database,
            invocation.UserId,
            transaction.Undo,
            userId => new EmulatedOrganizationService(pipeline, invocation with { UserId = userId, IsExternal = false, Transaction = transaction }),
            request.Parameters)
        {
            HasSteps = pipeline.HasSteps,
        };
    }

    private DateTime Deadline => _invocation.Deadline!.Value;

    public OrganizationResponse Execute()
    {
        RequireBypassPrivileges(_core.InputParameters);
        if (!_operation.AlwaysRunsPipeline && !_pipeline.Registry.HasSteps(_operation.MessageName))
        {
            _operation.Execute(_core);
            _pipeline.ThrowIfPastDeadline(Deadline, "the operation", string.Empty);
            return _operation.Respond(_core.OutputParameters);
        }

        var input = _input = _core.InputParameters = SdkCopies.Parameters(_core.InputParameters);
        _core.RunPlugin = RunMainOperation;
        _primary = _operation.Describe(_core);
        _core.PrimaryEntityId = _primary.Id;
        var steps = StepsFor(Bypass.From(input));
        if (_invocation.Depth > PluginPipeline.MaxDepth && (_operation.AlwaysRunsPipeline || steps.Count > 0))
        {
            throw PipelineFaults.DepthExceeded();
        }

        var wantsPreImage = _operation.HasPreImages && steps.Exists(s => s.Registration.Images.Any(i => StepImages.IsPre(i.ImageType)));
        var wantsPostImage = _operation.HasPostImages && steps.Exists(s => s.Registration.Images.Any(i => StepImages.IsPost(i.ImageType)));
        var preImage = wantsPreImage ? ReadRow() : null;
        _preValidationShared = SharedVariables(input);
        RunSync(steps, 10, input, preImage, null);
        _shared = SharedVariables(input);
        var passes = _operation.Passes?.Invoke(_core) ?? [input];
        for (var pass = 0; pass < passes.Count; pass++)
        {
            _core.InputParameters = passes[pass];
            preImage = pass > 0 && wantsPreImage ? ReadRow() : preImage;
            RunSync(steps, 20, passes[pass], preImage, null);
            _operation.Execute(_core);
            _pipeline.ThrowIfPastDeadline(Deadline, "the operation", string.Empty);
            var postImage = wantsPostImage ? ReadRow() : null;
            RunSync(steps, 40, passes[pass], preImage, postImage);
            QueueAsync(steps, passes[pass], preImage, postImage);
        }

        return _operation.Respond(_core.OutputParameters);
    }

    // PreValidation of the first operation of a transaction runs outside it (dataverse-facts 1.6).
    private bool PreValidationInTransaction => _invocation.Transaction is not null;

    // The context stages 20 to 40 name as their parent: the PreValidation pipeline, whose SharedVariables they can read.
    private PluginExecutionContext LaterStagesParent => _parent ??= ContextFor(
        null, 10, 0, _input!, _preValidationShared!, _invocation.Parent, PreValidationInTransaction, null);

    private static ParameterCollection SharedVariables(ParameterCollection input)
    {
        // The optional parameter tag shows up as SharedVariables["tag"] (dataverse-facts 1.5).
        var shared = new ParameterCollection();
        if (input.TryGetValue("tag", out object tag))
        {
            shared["tag"] = tag;
        }

        return shared;
    }

    private static Entity? TargetOf(ParameterCollection input) => input.TryGetValue(Target, out Entity target) ? target : null;

    // Skipping custom logic is itself a privilege: the caller must hold it, or the request fails before anything runs (dataverse-facts 1.6).
    private void RequireBypassPrivileges(ParameterCollection input)
    {
        if (input.Contains(Bypass.ParameterNames[0]) || input.Contains(Bypass.ParameterNames[1]))
        {
            _pipeline.Database.Security.RequirePrivilege(_invocation.UserId, PrivilegeNames.BypassCustomBusinessLogic);
        }

        if (input.TryGetValue(Bypass.ParameterNames[2], out bool legacy) && legacy)
        {
            _pipeline.Database.Security.RequirePrivilege(_invocation.UserId, PrivilegeNames.BypassCustomPlugins);
        }
    }

    private List<RegisteredStep> StepsFor(Bypass bypass)
    {
        var set = _pipeline.Registry.StepsFor(_operation.MessageName, _primary.Name);
        return [.. set.All.Where(s => !bypass.Skips(s) && (s.IsAsync ? _operation.AllowsAsyncSteps : _operation.AllowsSyncSteps))];
    }

    private void RunSync(List<RegisteredStep> steps, int stage, ParameterCollection input, Entity? preImage, Entity? postImage)
    {
        foreach (var step in steps)
        {
            if (step.Stage != stage || step.IsAsync || !step.FiresOn(_operation.MessageName, TargetOf(input)))
            {
                continue;
            }

            var (shared, parent, inTransaction) = stage == 10
                ? (_preValidationShared!, _invocation.Parent, PreValidationInTransaction)
                : (_shared!, LaterStagesParent, true);
            var context = ContextFor(
                step, stage, 0, input, shared, parent, inTransaction,
                stage == 40 ? _core.OutputParameters : null, StepImages.Pre(step, preImage), StepImages.Post(step, stage, postImage));
            var pluginType = step.PluginType.FullName!;
            var outcome = _pipeline.Invoke(() => step.Instance, context, pluginType, step.Id, inTransaction ? _transaction : null, Deadline);
            _pipeline.ThrowIfFailed(outcome, context, pluginType, _transaction);
        }
    }

    // A custom API's plug-in type runs at stage 30 with this pass's parameters and SharedVariables (dataverse-facts 2.2).
    private void RunMainOperation(IPlugin plugin, string pluginType)
    {
        var context = ContextFor(null, 30, 0, _core.InputParameters, _shared!, LaterStagesParent, true, _core.OutputParameters);
        var outcome = _pipeline.Invoke(() => plugin, context, pluginType, null, _transaction, Deadline);
        _pipeline.ThrowIfFailed(outcome, context, pluginType, _transaction);
    }

    // Each async step gets a system job holding a copy of the context as it is now; the job is released when the transaction
    // commits, so a rolled-back operation queues nothing (dataverse-facts 1.3, 1.7).
    private void QueueAsync(List<RegisteredStep> steps, ParameterCollection input, Entity? preImage, Entity? postImage)
    {
        foreach (var step in steps)
        {
            if (!step.IsAsync || !step.FiresOn(_operation.MessageName, TargetOf(input)))
            {
                continue;
            }

            var jobId = Guid.NewGuid();
            var queued = ContextFor(
                step, 40, 1, SdkCopies.Parameters(input), SdkCopies.Parameters(_shared!), null, false, SdkCopies.Parameters(_core.OutputParameters),
                StepImages.Pre(step, preImage), StepImages.Post(step, 40, postImage), jobId, _pipeline.Clock.UtcNow);
            var job = new AsyncJob(step, queued);
            _pipeline.Rows.Insert("asyncoperation", jobId, queued.UserId, JobRow(job, queued), _transaction.Undo);
            _transaction.Queue(job);
        }
    }

    // operationtype 1 is System Event, the type of a plugin's system job (dataverse-facts 1.7).
    private static List<KeyValuePair<string, object?>> JobRow(AsyncJob job, PluginExecutionContext queued) =>
    [
        new("name", job.Step.Name),
        new("operationtype", new OptionSetValue(1)),
        new("messagename", queued.MessageName),
        new("primaryentitytype", queued.PrimaryEntityName),
        new("regardingobjectid", job.Regarding),
        new("correlationid", queued.CorrelationId),
        new("depth", queued.Depth),
        new("retrycount", 0),
        new("owningextensionid", new EntityReference("sdkmessageprocessingstep", job.Step.Id)),
        new("statecode", new OptionSetValue(0)),
        new("statuscode", new OptionSetValue(0)),
    ];

    private PluginExecutionContext ContextFor(
        RegisteredStep? step,
        int stage,
        int mode,
        ParameterCollection input,
        ParameterCollection shared,
        IPluginExecutionContext? parent,
        bool inTransaction,
        ParameterCollection? outputs,
        EntityImageCollection? preImages = null,
        EntityImageCollection? postImages = null,
        Guid operationId = default,
        DateTime? operationCreatedOn = null)
    {
        var userId = step?.Options.ImpersonatingUserId ?? _invocation.UserId;
        var user = Facts(userId);
        var initiating = Facts(_invocation.InitiatingUserId);
        return new PluginExecutionContext
        {
            BusinessUnitId = user.BusinessUnitId,
            CorrelationId = _invocation.CorrelationId,
            Depth = _invocation.Depth,
            InitiatingUserId = _invocation.InitiatingUserId,
            InputParameters = input,
            IsInTransaction = inTransaction,
            MessageName = _operation.MessageName,
            Mode = mode,
            OperationCreatedOn = operationCreatedOn ?? _startedOn,
            OperationId = operationId,
            OrganizationId = _pipeline.Database.OrganizationId,
            OutputParameters = outputs ?? new ParameterCollection(),
            OwningExtension = step is null ? null : new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name },
            PostEntityImages = postImages ?? new EntityImageCollection(),
            PreEntityImages = preImages ?? new EntityImageCollection(),
            PrimaryEntityId = _core.PrimaryEntityId,
            PrimaryEntityName = _primary.Name,
            RequestId = _requestId,
            SharedVariables = shared,
            UserId = userId,
            ParentContext = parent,
            Stage = stage,
            InitiatingUserApplicationId = initiating.ApplicationId,
            InitiatingUserAzureActiveDirectoryObjectId = initiating.AzureActiveDirectoryObjectId,
            UserAzureActiveDirectoryObjectId = user.AzureActiveDirectoryObjectId,
        };
    }

    private UserFacts Facts(Guid userId)
    {
        _users ??= [];
        if (!_users.TryGetValue(userId, out var facts))
        {
            facts = UserFacts.Read(_pipeline.Database, userId);
            _users[userId] = facts;
        }

        return facts;
    }

    // Images are snapshots of the whole row, taken by the platform regardless of the caller's rights; null when there is no row.
    private Entity? ReadRow()
    {
        var id = _core.PrimaryEntityId;
        var database = _pipeline.Database;
        if (id == Guid.Empty || !database.TryResolve(_primary.Name, out var store))
        {
            return null;
        }

        var ordinals = RowReader.Ordinals(store.Metadata, new ColumnSet(true));
        database.Lock.EnterReadLock();
        try
        {
            return store.TryGet(id, out var row) ? new RowReader(database).Read(store, row, ordinals) : null;
        }
        finally
        {
            database.Lock.ExitReadLock();
        }
    }
}
