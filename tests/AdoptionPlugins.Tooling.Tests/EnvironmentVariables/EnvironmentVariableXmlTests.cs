using System;
using System.IO;
using System.Linq;
using System.Text;
using AdoptionPlugins.Tooling.EnvironmentVariables;
using AdoptionPlugins.Tooling.Tests.Content;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.EnvironmentVariables;

/// <summary>Environment variable files: the real BAK exports read, ours read back equal and have BAK's shape, and bad ones are refused.</summary>
public class EnvironmentVariableXmlTests
{
    private static readonly EnvironmentVariableDefinition Switch = new()
    {
        SchemaName = "adopt_Switch",
        DisplayName = "Switch",
        Description = "Turns something on.",
        Type = EnvironmentVariableType.Boolean,
        DefaultValue = "no",
    };

    [Fact]
    public void RealBusinessApprovalsDefinitions_ReadTypesAndDefaults()
    {
        var definitions = EnvironmentVariableXml.ReadSolution(RealSamples.BusinessApprovals);

        Assert.Equal(
            [("cat_ApprovalKitOrgUrl", EnvironmentVariableType.Text, null), ("cat_EnableOffice365MailboxSettings", EnvironmentVariableType.Boolean, "no"),
                ("cat_EnablePowerFxDataverseIntegration", EnvironmentVariableType.Boolean, "no"), ("cat_OutOfOfficeCheckDays", EnvironmentVariableType.Number, "0")],
            definitions.Select(definition => (definition.SchemaName, definition.Type, definition.DefaultValue)));
    }

    [Fact]
    public void EveryShippedDefinition_ReadsBackEqual()
    {
        using var solution = new TemporarySolution();
        EnvironmentVariableXml.WriteTo(solution.Path, AdoptionEnvironmentVariables.All);

        var read = EnvironmentVariableXml.ReadSolution(solution.Path);

        Assert.Equal(AdoptionEnvironmentVariables.All, read);
    }

    [Fact]
    public void WrittenBoolean_HasTheShapeOfBusinessApprovalsBoolean()
    {
        var real = Path.Combine(RealSamples.BusinessApprovals, EnvironmentVariableXml.RelativePathOf("cat_EnablePowerFxDataverseIntegration"));

        var written = EnvironmentVariableXml.Write(Switch);

        Assert.Equal(ExportShape.Of(File.ReadAllBytes(real)), ExportShape.Of(written));
        Assert.StartsWith("<environmentvariabledefinition schemaname=\"adopt_Switch\">\n  <defaultvalue>no</defaultvalue>", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EnvironmentVariableType.Boolean, "No", "a Boolean default is 'yes' or 'no', not 'No'")]
    [InlineData(EnvironmentVariableType.Number, "seven", "a Number default must be a number, not 'seven'")]
    public void DefaultTheTypeCannotHold_IsRefusedWhenWritten(EnvironmentVariableType type, string value, string expected)
    {
        var definition = Switch with { Type = type, DefaultValue = value };

        var error = Assert.Throws<ArgumentException>(() => EnvironmentVariableXml.Write(definition));

        Assert.StartsWith($"Environment variable adopt_Switch: {expected}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<type>100000002</type>", "<type>7</type>", "<type> is '7'; expected one of 100000000 (Text)")]
    [InlineData("<defaultvalue>no</defaultvalue>", "<defaultvalue>maybe</defaultvalue>", "a Boolean default is 'yes' or 'no', not 'maybe'")]
    [InlineData("<secretstore>0</secretstore>", "<secretstore>0</secretstore><value>yes</value>", "<environmentvariabledefinition> has <value>, which this reader does not know")]
    [InlineData("<displayname default=\"Switch\">", "<displayname>", "<displayname default=\"…\"> is missing")]
    public void BrokenFile_FailsNamingFileAndProblem(string find, string replacement, string expected)
    {
        using var solution = new TemporarySolution();
        solution.Write(EnvironmentVariableXml.RelativePathOf("adopt_Switch"), Encoding.UTF8.GetString(EnvironmentVariableXml.Write(Switch)).Replace(find, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => EnvironmentVariableXml.ReadSolution(solution.Path));

        Assert.StartsWith($"environmentvariabledefinitions/adopt_Switch/environmentvariabledefinition.xml: {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderNamedAfterAnotherVariable_FailsSayingWhatToNameIt()
    {
        using var solution = new TemporarySolution();
        solution.Write(EnvironmentVariableXml.RelativePathOf("adopt_Other"), Encoding.UTF8.GetString(EnvironmentVariableXml.Write(Switch)));

        var error = Assert.Throws<InvalidDataException>(() => EnvironmentVariableXml.ReadSolution(solution.Path));

        Assert.EndsWith("the folder is named adopt_Other but the schema name is adopt_Switch; name the folder environmentvariabledefinitions/adopt_Switch", error.Message, StringComparison.Ordinal);
    }
}
