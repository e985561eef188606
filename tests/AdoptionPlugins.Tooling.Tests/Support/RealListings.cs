using System;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Assemblies;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>The real SDK listings from ../shared/xrm-sdk-api, parsed once; the parsed listings are immutable.</summary>
public static class RealListings
{
    private static readonly Lazy<ApiListingFile> XrmSdkListing = new(() => ApiListingFile.Load(Path("Microsoft.Xrm.Sdk")));
    private static readonly Lazy<ApiListingFile> CrmProxyListing = new(() => ApiListingFile.Load(Path("Microsoft.Crm.Sdk.Proxy")));

    public static ApiListingFile XrmSdk => XrmSdkListing.Value;

    public static ApiListingFile CrmProxy => CrmProxyListing.Value;

    /// <summary>The full listing of a 9.0.0.0 SDK assembly, e.g. <c>Path("Microsoft.Xrm.Sdk")</c>.</summary>
    public static string Path(string assemblyName) => RepositoryFolders.InShared("xrm-sdk-api", $"{assemblyName}-9.0.0.0.txt");
}
