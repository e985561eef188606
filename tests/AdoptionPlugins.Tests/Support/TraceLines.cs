using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>A tracing service that keeps the lines, for code the tests call directly rather than through the pipeline.</summary>
public sealed class TraceLines : ITracingService
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Trace(string format, params object[] args) => Lines.Enqueue(string.Format(CultureInfo.InvariantCulture, format, args));
}
