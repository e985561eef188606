using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>The built plugin DLLs keyed by the <c>FileName</c> their registration gives them, and why any could not be mapped.</summary>
public sealed record BuiltAssemblyMap(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> Problems);
