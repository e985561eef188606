using System;
using AdoptionPlugins.Tooling.Assemblies;

namespace AdoptionPlugins.Testing;

/// <summary>The real SDK's public API listings from ../shared/xrm-sdk-api, parsed once; parsed listings are immutable.</summary>
public static class RealSdkListings
{
    private static readonly Lazy<ApiListingFile> XrmSdkListing = new(() => ApiListingFile.Load(Path("Microsoft.Xrm.Sdk")));
    private static readonly Lazy<ApiListingFile> CrmProxyListing = new(() => ApiListingFile.Load(Path("Microsoft.Crm.Sdk.Proxy")));

    public static ApiListingFile XrmSdk => XrmSdkListing.Value;

    public static ApiListingFile CrmProxy => CrmProxyListing.Value;

    /// <summary>The listing of "Microsoft.Xrm.Sdk" or "Microsoft.Crm.Sdk.Proxy".</summary>
    public static ApiListingFile Of(string assemblyName) => assemblyName switch
    {
        "Microsoft.Xrm.Sdk" => XrmSdk,
        "Microsoft.Crm.Sdk.Proxy" => CrmProxy,
        _ => throw new ArgumentOutOfRangeException(nameof(assemblyName), assemblyName, "Only the two SDK assemblies have listings."),
    };

    /// <summary>The full listing file of a 9.0.0.0 SDK assembly, e.g. <c>Path("Microsoft.Xrm.Sdk")</c>.</summary>
    public static string Path(string assemblyName) => RepositoryFolders.InShared("xrm-sdk-api", $"{assemblyName}-9.0.0.0.txt");
}
