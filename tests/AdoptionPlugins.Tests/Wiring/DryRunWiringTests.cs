using System;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Emulator.Service.Messages;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>Installing or upgrading never starts sending: until an administrator sets the variable, a run only lists who would get what.</summary>
public sealed class DryRunWiringTests
{
    [Fact]
    public void FreshInstall_SendsNothingAndLogsTheFullText()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate();

        var preview = Assert.Single(org.Nudges(executive, MessageOutcome.DryRun));
        Assert.Equal((0, 0, 0), (run.MessagesSent, org.NotificationsOf(executive).Count, SentEmails.Read(org.Service).Count));
        Assert.Contains("0 of your last 20 working days", preview.GetAttributeValue<string>(Nudge.EmailBody), StringComparison.Ordinal);
        Assert.StartsWith("Dry run: sending is off", preview.GetAttributeValue<string>(Nudge.Reason), StringComparison.Ordinal);
    }

    [Fact]
    public void SendingVariableAtItsShippedDefault_KeepsSendingOff()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.SetVariable(EnvironmentVariables.SendingEnabled, "no", null);
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Single(org.Nudges(executive, MessageOutcome.DryRun));
        Assert.Empty(org.NotificationsOf(executive));
    }

    [Fact]
    public void DryRunRequested_SendsNothingEvenWhenSendingIsOn()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(dryRun: true);

        Assert.Equal((0, 1), (run.MessagesSent, org.Nudges(executive, MessageOutcome.DryRun).Length));
        Assert.Empty(SentEmails.Read(org.Service));
    }

    [Fact]
    public void SendingOnAfterADryRun_SendsTheNudgeThePreviewListed()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        org.TurnSendingOn();

        org.Evaluate();

        Assert.Equal(MessageOutcome.Send, EvaluationChoices.OutcomeOf(AdoptionOrganization.Choice(Assert.Single(org.NudgesFor(executive)), Nudge.Outcome)));
        Assert.Single(org.NotificationsOf(executive));
    }

    [Fact]
    public void SendingSettingRow_IsRefusedPointingToTheEnvironmentVariable()
    {
        using var org = new AdoptionOrganization();

        var refusal = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.Setting(SettingNames.SendingEnabled, "true"));

        Assert.Contains($"sending is switched only by the environment variable {EnvironmentVariables.SendingEnabled}", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(org.Rows(AdoptionSetting.EntityName), row => row.GetAttributeValue<string>(AdoptionSetting.Name) == SettingNames.SendingEnabled);
    }
}
