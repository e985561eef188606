using System;
using System.Collections.Generic;
using System.IO;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>What an admin needs to know before importing a plugin assembly: its identity, framework, references and whether it binds to the real SDK.</summary>
public sealed record PluginAssemblyReport(
    string Path,
    string Identity,
    string? TargetFramework,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Problems)
{
    public bool IsReadyForDataverse => Problems.Count == 0;

    /// <summary>Inspects the assembly's metadata (it is never loaded) against the real SDK listings found in <paramref name="listingsFolder"/>.</summary>
    public static PluginAssemblyReport Inspect(string assemblyPath, string listingsFolder)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"No plugin assembly at {assemblyPath}.", assemblyPath);
        }

        var xrmSdk = LoadListing(listingsFolder, "Microsoft.Xrm.Sdk");
        var crmProxy = LoadListing(listingsFolder, "Microsoft.Crm.Sdk.Proxy");
        var framework = SdkBindingCheck.ReadTargetFramework(assemblyPath);
        var problems = new List<string>();
        if (!string.Equals(framework, SdkBindingCheck.RequiredTargetFramework, StringComparison.Ordinal))
        {
            problems.Add($"target framework is {framework ?? "not recorded"}; Dataverse loads only {SdkBindingCheck.RequiredTargetFramework}");
        }

        problems.AddRange(SdkBindingCheck.FindProblems(assemblyPath, xrmSdk, crmProxy));
        return new PluginAssemblyReport(
            assemblyPath,
            PublicApiListing.ReadIdentity(assemblyPath),
            framework,
            PublicApiListing.ReadAssemblyReferences(assemblyPath),
            problems);
    }

    private static ApiListingFile LoadListing(string folder, string assemblyName)
    {
        var path = System.IO.Path.Combine(folder, assemblyName + "-9.0.0.0.txt");
        return File.Exists(path)
            ? ApiListingFile.Load(path)
            : throw new FileNotFoundException($"The real SDK listing {path} is missing; pass the folder that holds it (shared/xrm-sdk-api).", path);
    }
}
