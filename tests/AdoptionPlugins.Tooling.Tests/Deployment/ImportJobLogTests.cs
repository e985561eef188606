using AdoptionPlugins.Tooling.Deployment;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class ImportJobLogTests
{
    private const string Log = """
        <importexportxml start="634224017519682730" stop="634224017609764033" progress="80" processed="true">
          <solutionManifests><solutionManifest languagecode="1033" id="AdoptionPlugins" LocalizedName="CRM Adoption" processed="true">
            <UniqueName>AdoptionPlugins</UniqueName><result result="success" errorcode="0" errortext="" /></solutionManifest></solutionManifests>
          <optionSets><optionSet id="adopt_tier" LocalizedName="Tier" Description="" processed="true">
            <result result="failure" errorcode="0x8004431A" errortext="Option value 61837000 is used twice." /></optionSet></optionSets>
          <languages><language><result result="warning" errorcode="0" errortext="Language 1031 is not enabled." /></language></languages>
        </importexportxml>
        """;

    [Fact]
    public void FailedComponent_IsNamedWithItsErrorAndCode()
    {
        var failures = ImportJobLog.Failures(Log);

        Assert.Equal(["optionSet 'Tier': Option value 61837000 is used twice. (error 0x8004431A)"], failures);
    }

    [Fact]
    public void Warning_IsReportedApart()
    {
        var warnings = ImportJobLog.Warnings(Log);

        Assert.Equal(["language: Language 1031 is not enabled."], warnings);
    }
}
