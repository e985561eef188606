using System;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>What pack needs: the unpacked tree, where the build put the plugin DLL, where the zips go, and the release version.</summary>
/// <param name="SolutionFolder">The unpacked tree, the folder that holds <c>Other/</c>.</param>
/// <param name="BuildFolder">The folder with the built net462 plugin DLL(s), such as <c>src/AdoptionPlugins/bin/Release/net462</c>.</param>
/// <param name="OutputFolder">Where the two zips are written; created when missing.</param>
/// <param name="Version">Stamped into both zips' solution.xml.</param>
public sealed record PackRequest(string SolutionFolder, string BuildFolder, string OutputFolder, Version Version);
