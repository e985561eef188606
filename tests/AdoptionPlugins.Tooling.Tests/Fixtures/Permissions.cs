using System;

namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>A flags enum over a byte, so the listing shows the underlying type and <c>[Flags]</c>.</summary>
[Flags]
public enum Permissions : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    ReadWrite = Read | Write,
}
