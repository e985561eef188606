using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// One execution's ITracingService: lines are kept and published to the trace log when the execution ends.
internal sealed class PluginTracer : ITracingService
{
    private readonly StringBuilder _text = new();
    private readonly object _gate = new();

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    public void Trace(string format, params object[] args)
    {
        var line = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        lock (_gate)
        {
            _text.AppendLine(line);
        }
    }
}
