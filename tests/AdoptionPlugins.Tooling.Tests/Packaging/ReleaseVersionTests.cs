using System;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Packaging;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Packaging;

public class ReleaseVersionTests
{
    [Fact]
    public void Current_IsTheVersionDirectoryBuildPropsDeclares()
    {
        var props = XDocument.Load(RepositoryFolders.InRepository("Directory.Build.props"));

        var declared = props.Descendants("AdoptionReleaseVersion").Single().Value;

        Assert.Equal(Version.Parse(declared), ReleaseVersion.Current);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0.x")]
    [InlineData("1.0.0.0.0")]
    [InlineData("")]
    public void Parse_RejectsAnythingButFourNumbers(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReleaseVersion.Parse(text));

        Assert.Equal($"'{text}' is not a solution version; write four numbers such as 1.2.0.0 (major.minor.build.revision)", error.Message);
    }
}
