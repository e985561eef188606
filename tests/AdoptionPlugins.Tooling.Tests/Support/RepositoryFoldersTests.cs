using System.IO;
using AdoptionPlugins.Testing;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>Checks that the shared folder and the real listings are found, and that a missing entry fails loudly.</summary>
public class RepositoryFoldersTests
{
    [Fact]
    public void RealListingPath_PointsAtTheSharedListing()
    {
        var name = "Microsoft.Crm.Sdk.Proxy";

        var path = RealSdkListings.Path(name);

        Assert.True(File.Exists(path));
        Assert.Equal(Path.Combine("shared", "xrm-sdk-api", "Microsoft.Crm.Sdk.Proxy-9.0.0.0.txt"), Path.GetRelativePath(Path.Combine(path, "..", "..", ".."), path));
    }

    [Fact]
    public void MissingEntry_FailsNamingThePath()
    {
        var name = "no-such-file.txt";

        var error = Assert.Throws<FileNotFoundException>(() => RepositoryFolders.InShared("xrm-sdk-api", name));

        Assert.Contains(name, error.Message, System.StringComparison.Ordinal);
    }
}
