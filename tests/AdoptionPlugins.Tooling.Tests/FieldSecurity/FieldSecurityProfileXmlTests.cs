using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.FieldSecurity;

// Other/FieldSecurityProfiles.xml: what the generator writes reads back the same, bad content is refused naming the file, and
// pack moves the profiles into customizations.xml.
public sealed class FieldSecurityProfileXmlTests
{
    private const string Source = "Other/FieldSecurityProfiles.xml";

    [Fact]
    public void ShippedProfile_ReadsBackAsWritten()
    {
        var written = FieldSecurityProfileXml.Write(AdoptionFieldSecurity.All);

        var read = FieldSecurityProfileXml.Read(XDocument.Load(new MemoryStream(written)).Root!, Source);

        Assert.Equal(AdoptionFieldSecurity.All, read);
    }

    [Fact]
    public void RightOtherThanFourOrZero_IsRefusedNamingTheColumn()
    {
        var xml = Profile("<EntityName>adopt_widget</EntityName><AttributeName>adopt_score</AttributeName><CanRead>1</CanRead><CanUpdate>0</CanUpdate><CanCreate>0</CanCreate>");

        var error = Assert.Throws<InvalidDataException>(() => FieldSecurityProfileXml.Read(xml, Source));

        Assert.Equal($"{Source}: profile 'Scores': <CanRead> of adopt_widget.adopt_score is 1; expected 4 (allowed) or 0 (not allowed)", error.Message);
    }

    [Fact]
    public void ColumnListedTwice_IsRefused()
    {
        const string Permission = "<EntityName>adopt_widget</EntityName><AttributeName>adopt_score</AttributeName><CanRead>4</CanRead><CanUpdate>0</CanUpdate><CanCreate>0</CanCreate>";

        var error = Assert.Throws<InvalidDataException>(() => FieldSecurityProfileXml.Read(Profile(Permission, Permission), Source));

        Assert.Equal($"{Source}: profile 'Scores': adopt_widget.adopt_score is listed twice; a profile gives each column one set of rights", error.Message);
    }

    [Fact]
    public void NoFile_MeansNoProfiles()
    {
        using var tree = new FixtureTree().WithTable();

        Assert.Empty(FieldSecurityProfileXml.ReadSolution(tree.Path));
    }

    [Fact]
    public void OurTree_PacksTheProfileIntoCustomizations()
    {
        var package = SolutionFolder.Fold(RepositoryFolders.InRepository("solution"), SolutionFlavour.Managed, new Dictionary<string, byte[]>());

        var packed = FieldSecurityProfileXml.Read(package.Customizations.Root!.Element(FieldSecurityProfileXml.RootName)!, "customizations.xml");

        Assert.Equal(AdoptionFieldSecurity.All, packed);
    }

    private static XElement Profile(params string[] permissions) =>
        XElement.Parse($"""<FieldSecurityProfiles><FieldSecurityProfile name="Scores" fieldsecurityprofileid="{Guid.Empty:B}"><FieldPermissions>{string.Concat(permissions.Select(p => $"<FieldPermission>{p}</FieldPermission>"))}</FieldPermissions></FieldSecurityProfile></FieldSecurityProfiles>""");
}
