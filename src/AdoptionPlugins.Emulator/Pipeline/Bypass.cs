using System;
using System.Collections.Frozen;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// The optional parameters that skip custom logic for one request (bypass-custom-business-logic.md; dataverse-facts 1.6):
// BypassBusinessLogicExecution = CustomSync and/or CustomAsync, BypassBusinessLogicExecutionStepIds, and the legacy
// BypassCustomPluginExecution, which skips synchronous logic only. The privileges they need are checked by the security work.
internal readonly record struct Bypass(bool Sync, bool Async, FrozenSet<Guid> StepIds)
{
    public static readonly string[] ParameterNames =
        ["BypassBusinessLogicExecution", "BypassBusinessLogicExecutionStepIds", "BypassCustomPluginExecution"];

    public static Bypass None { get; } = new(false, false, FrozenSet<Guid>.Empty);

    public bool IsNone => !Sync && !Async && StepIds.Count == 0;

    public static Bypass From(ParameterCollection input)
    {
        if (!input.Contains(ParameterNames[0]) && !input.Contains(ParameterNames[1]) && !input.Contains(ParameterNames[2]))
        {
            return None;
        }

        var sync = input.TryGetValue(ParameterNames[2], out bool legacy) && legacy;
        var async = false;
        foreach (var value in Values(input, ParameterNames[0]))
        {
            switch (value)
            {
                case "CustomSync":
                    sync = true;
                    break;
                case "CustomAsync":
                    async = true;
                    break;
                default:
                    throw Fault.InvalidArgument($"BypassBusinessLogicExecution holds '{value}'; it takes CustomSync, CustomAsync or both, comma-separated.");
            }
        }

        var stepIds = Values(input, ParameterNames[1])
            .Select(value => Guid.TryParse(value, out var id) ? id : throw Fault.InvalidArgument($"BypassBusinessLogicExecutionStepIds holds '{value}', which is not a step id."))
            .ToFrozenSet();
        return new Bypass(sync, async, stepIds);
    }

    public bool Skips(RegisteredStep step) => (step.IsAsync ? Async : Sync) || StepIds.Contains(step.Id);

    private static string[] Values(ParameterCollection input, string name) =>
        input.TryGetValue(name, out string text) && text is not null
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
