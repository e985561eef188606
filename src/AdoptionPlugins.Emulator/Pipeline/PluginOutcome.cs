using System;

namespace AdoptionPlugins.Emulator.Pipeline;

// How one plugin execution ended: the exception it threw (null when it returned), its trace, and whether it ran past the time limit.
internal readonly record struct PluginOutcome(Exception? Failure, string Trace, bool TimedOut);
