using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// One execution's ITracingService: lines are kept and published to the trace log when the execution ends.
internal sealed class PluginTracer : ITracingService
{
    private readonly object _gate = new();
    private StringBuilder? _text;

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text?.ToString() ?? string.Empty;
            }
        }
    }

    public void Trace(string format, params object[] args)
    {
        var line = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        lock (_gate)
        {
            (_text ??= new StringBuilder()).AppendLine(line);
        }
    }
}
