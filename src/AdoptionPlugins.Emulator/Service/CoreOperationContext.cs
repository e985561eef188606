using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Query;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service;

// What a core operation works with: the request's parameters as the pipeline left them, the acting user, the store (every write
// recorded in the transaction's undo log), and a service for the platform's own nested requests, which run through the pipeline too.
internal sealed class CoreOperationContext
{
    private readonly UndoLog _undo;
    private readonly Func<Guid, IOrganizationService> _platform;
    private RecordOperations? _records;
    private IOrganizationService? _platformService;

    public CoreOperationContext(InMemoryDatabase database, Guid userId, UndoLog undo, Func<Guid, IOrganizationService> platform, ParameterCollection input)
    {
        Database = database;
        UserId = userId;
        _undo = undo;
        _platform = platform;
        InputParameters = input;
    }

    public InMemoryDatabase Database { get; }

    public Guid UserId { get; }

    // A pass of a split Update replaces it (dataverse-facts 1.6).
    public ParameterCollection InputParameters { get; set; }

    public ParameterCollection OutputParameters { get; } = new();

    // Set by Describe; Create fills it in once the row exists.
    public Guid PrimaryEntityId { get; set; }

    // Whether any step is registered on a message and table; Upsert asks before choosing its path.
    public Func<string, string?, bool> HasSteps { get; init; } = static (_, _) => false;

    public RecordOperations Records => _records ??= new RecordOperations(Database, UserId, _undo);

    public QueryEvaluator Queries => new(Database, UserId);

    // Requests the platform makes while performing this one (Upsert's Create or Update, Win's opportunityclose): same user, same
    // transaction, same depth.
    public IOrganizationService Platform => _platformService ??= _platform(UserId);

    // The same, acting as another user: the platform marks an email sent as SYSTEM, for example.
    public IOrganizationService PlatformFor(Guid userId) => userId == UserId ? Platform : _platform(userId);

    // Runs a plugin as this operation's main operation (stage 30), as a custom API does (dataverse-facts 2.2).
    public Action<IPlugin, string> RunPlugin { get; set; } = static (_, name) =>
        throw new InvalidOperationException($"Plugin {name} cannot run outside the pipeline.");

    public T? Optional<T>(string parameter)
        where T : class =>
        InputParameters.TryGetValue(parameter, out T value) ? value : null;

    public T Required<T>(string parameter)
        where T : class =>
        Optional<T>(parameter) ?? throw Fault.InvalidArgument($"The '{parameter}' parameter is required and must be a {typeof(T).Name}.");
}
