using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A solution row found in the environment (<c>solutions</c> queried by <c>uniquename</c>).</summary>
public sealed record InstalledSolution(Guid Id, string UniqueName, Version Version, bool IsManaged);
