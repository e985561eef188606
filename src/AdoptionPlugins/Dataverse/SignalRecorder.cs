using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Writes the credited candidates of one event as signals and traces every decision, credited or not, with its reason.</summary>
public sealed class SignalRecorder
{
    private readonly SignalGateway _signals;
    private readonly ITracingService _tracing;

    public SignalRecorder(SignalGateway signals, ITracingService tracing)
    {
        _signals = signals ?? throw new ArgumentNullException(nameof(signals));
        _tracing = tracing ?? throw new ArgumentNullException(nameof(tracing));
    }

    /// <summary>One upsert per credited candidate; returns how many signals were written.</summary>
    public int Record(IEnumerable<SignalCandidate> candidates)
    {
        var written = 0;
        foreach (var candidate in candidates ?? throw new ArgumentNullException(nameof(candidates)))
        {
            _tracing.Trace("{0}", candidate);
            if (candidate.ToSignal() is { } signal)
            {
                _signals.Upsert(signal);
                written++;
            }
        }

        return written;
    }
}
