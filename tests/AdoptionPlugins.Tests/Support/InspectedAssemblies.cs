using System;
using System.IO;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Assemblies;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Paths of the assemblies the tests inspect without loading, and the real SDK listings.</summary>
public static class InspectedAssemblies
{
    private static readonly Lazy<ApiListingFile> XrmSdkListing = new(() => Listing("Microsoft.Xrm.Sdk"));
    private static readonly Lazy<ApiListingFile> CrmProxyListing = new(() => Listing("Microsoft.Crm.Sdk.Proxy"));

    /// <summary>The net462 AdoptionPlugins.dll, as packed into the solution.</summary>
    public static string DataversePlugin => Existing(Path.Combine(AppContext.BaseDirectory, "dataverse", "AdoptionPlugins.dll"));

    public static string PlantedWrongPlugin => Existing(Path.Combine(AppContext.BaseDirectory, "planted", "PlantedWrongPlugin.dll"));

    public static ApiListingFile XrmSdk => XrmSdkListing.Value;

    public static ApiListingFile CrmProxy => CrmProxyListing.Value;

    private static ApiListingFile Listing(string assemblyName) =>
        ApiListingFile.Load(RepositoryFolders.InShared("xrm-sdk-api", assemblyName + "-9.0.0.0.txt"));

    private static string Existing(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"{path} was not built; build the test project, which copies it there.", path);
}
