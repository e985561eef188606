using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>The built plugin DLLs keyed by the <c>FileName</c> their registration gives them, and why any could not be mapped.</summary>
/// <param name="Files">The DLLs found with the registered identity.</param>
/// <param name="Missing">One line per registered assembly the build folder has no DLL for: the plugin project was not built (there).</param>
/// <param name="Mismatched">One line per DLL that is not an assembly or not the registered identity.</param>
public sealed record BuiltAssemblyMap(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> Mismatched)
{
    public IEnumerable<string> Problems => Missing.Concat(Mismatched);
}
