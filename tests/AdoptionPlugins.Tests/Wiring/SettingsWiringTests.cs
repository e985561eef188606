using System;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>Administrators change settings without code; a save that would leave them invalid is refused with the reason, and a run never uses invalid ones.</summary>
public sealed class SettingsWiringTests
{
    [Fact]
    public void UnreadableValue_IsRefusedOnSaveSayingWhatIsExpected()
    {
        using var org = new AdoptionOrganization();

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Setting(SettingNames.GracePeriodDays, "two weeks"));

        Assert.Contains("The adoption settings were not saved:\n- GracePeriodDays is \"two weeks\"; it must be a whole number, such as 14.", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(org.Rows(AdoptionSetting.EntityName));
    }

    [Fact]
    public void ChangeThatContradictsAnotherRow_IsRefusedForTheWholeSet()
    {
        using var org = new AdoptionOrganization();
        org.Setting(SettingNames.WindowWorkingDays, "10");

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Setting(SettingNames.MinimumWorkingDays, "15"));

        Assert.Contains("MinimumWorkingDays (15) is more than WindowWorkingDays (10)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateThatBreaksTheSet_IsRefusedAndTheRowKeepsItsValue()
    {
        using var org = new AdoptionOrganization();
        var row = org.Setting(SettingNames.GracePeriodDays, "21");

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Service.Update(new Entity(AdoptionSetting.EntityName, row) { [AdoptionSetting.Value] = "-3" }));

        Assert.Equal("21", org.Service.Retrieve(AdoptionSetting.EntityName, row, new Microsoft.Xrm.Sdk.Query.ColumnSet(AdoptionSetting.Value)).GetAttributeValue<string>(AdoptionSetting.Value));
    }

    [Fact]
    public void SavedSetting_IsWhatTheNextRunJudgesBy()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.Setting(SettingNames.ExecutiveActivePercent, "60");
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Contains("active means activity on at least 60% of working days", org.ProfileOf(executive).GetAttributeValue<string>(Schema.AdoptionProfile.StateReason), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRowsWrittenPastTheCheck_RunKeepsTheLastValidSettings()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.Setting(SettingNames.ExecutiveActivePercent, "60");
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        org.Service.Execute(new CreateRequest
        {
            Target = new Entity(AdoptionSetting.EntityName) { [AdoptionSetting.Name] = SettingNames.ExecutiveInactivePercent, [AdoptionSetting.Value] = "90" },
            ["BypassCustomPluginExecution"] = true,
        });
        org.Service.Delete(Schema.AdoptionProfile.EntityName, AdoptionPlugins.Dataverse.ProfileGateway.IdOf(executive));

        org.Evaluate();

        Assert.Contains("active means activity on at least 60% of working days, and inactive means below 10%", org.ProfileOf(executive).GetAttributeValue<string>(Schema.AdoptionProfile.StateReason), StringComparison.Ordinal);
        Assert.Equal(AdoptionState.Inactive, org.StateOf(executive));
    }

    [Fact]
    public void InvalidRowsWrittenPastTheCheck_DoNotStopTheDigest()
    {
        using var org = new AdoptionOrganization();
        var sponsor = org.Person("Sam Okafor");
        org.Setting(SettingNames.SponsorUserId, sponsor.ToString());
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate(dryRun: true);
        org.Service.Execute(new CreateRequest
        {
            Target = new Entity(AdoptionSetting.EntityName) { [AdoptionSetting.Name] = SettingNames.GracePeriodDays, [AdoptionSetting.Value] = "soon" },
            ["BypassCustomPluginExecution"] = true,
        });

        org.Evaluate();

        Assert.Single(org.Nudges(sponsor, Adoption.Nudges.MessageOutcome.Send));
        Assert.Contains(org.Rows(AdoptionSetting.EntityName), row => row.GetAttributeValue<string>(AdoptionSetting.Name) == AdoptionSetting.LastDigestRow);
    }

    [Fact]
    public void RunWithValidSettings_KeepsThemAsTheLastValidSnapshot()
    {
        using var org = new AdoptionOrganization();
        org.Setting(SettingNames.GracePeriodDays, "21");
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        var snapshot = org.Rows(AdoptionSetting.EntityName).Single(row => row.GetAttributeValue<string>(AdoptionSetting.Name) == AdoptionSetting.LastValidSnapshotRow);
        Assert.Equal(21, SettingsReader.ReadText(snapshot.GetAttributeValue<string>(AdoptionSetting.Snapshot)).Settings.Classification.GracePeriodDays);
    }
}
