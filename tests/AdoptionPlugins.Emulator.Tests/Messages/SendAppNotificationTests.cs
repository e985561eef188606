using System;
using System.Text.Json;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class SendAppNotificationTests
{
    [Fact]
    public void Send_CreatesANotificationOwnedByTheRecipient()
    {
        using var org = new TestOrganization();
        var recipient = org.CreateUser();
        var request = Notification(recipient);
        request["IconType"] = new OptionSetValue(100000003);
        request["ToastType"] = new OptionSetValue(200000001);
        request["Priority"] = new OptionSetValue(200000001);
        request["Expiry"] = 3600;

        var id = (Guid)org.Service.Execute(request).Results["NotificationId"];

        var row = org.Service.Retrieve("appnotification", id, new ColumnSet("title", "body", "ownerid", "createdby", "icontype", "toasttype", "priority", "ttlinseconds"));
        Assert.Equal(("Log this week's calls", "Two minutes is enough.", recipient, org.UserId), (row["title"], row["body"], row.GetAttributeValue<EntityReference>("ownerid").Id, row.GetAttributeValue<EntityReference>("createdby").Id));
        Assert.Equal((100000003, 200000001, 200000001, 3600), (Option(row, "icontype"), Option(row, "toasttype"), Option(row, "priority"), row["ttlinseconds"]));
    }

    [Fact]
    public void OmittedChoices_TakeTheTableDefaults()
    {
        using var org = new TestOrganization();

        var id = (Guid)org.Service.Execute(Notification(org.UserId)).Results["NotificationId"];

        var row = org.Service.Retrieve("appnotification", id, new ColumnSet("icontype", "toasttype", "priority", "ttlinseconds"));
        Assert.Equal((100000000, 200000000, 200000000, false), (Option(row, "icontype"), Option(row, "toasttype"), Option(row, "priority"), row.Contains("ttlinseconds")));
    }

    [Fact]
    public void TeamRecipient_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request["Recipient"] = new EntityReference("team", Guid.NewGuid());

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Execute(request));

        Assert.Contains("must be a systemuser", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Recipient")]
    public void MissingRequiredParameter_FaultsRequiredField(string parameter)
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request.Parameters.Remove(parameter);

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Execute(request));

        Assert.Equal($"Required field '{parameter}' is missing for RequestName='SendAppNotification'", fault.Message);
    }

    [Fact]
    public void UnknownRecipient_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Execute(Notification(Guid.NewGuid())));

        Assert.Empty(org.Service.RetrieveMultiple(new QueryExpression("appnotification")).Entities);
    }

    [Fact]
    public void IconTypeOutsideItsChoices_FaultsPicklistValueOutOfRange()
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request["IconType"] = new OptionSetValue(7);

        FaultAssert.Throws(ErrorCodes.PicklistValueOutOfRange, () => org.Service.Execute(request));
    }

    [Fact]
    public void IconTypeAsPlainNumber_FaultsWithTheTypeItNeeds()
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request["IconType"] = 100000000;

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Execute(request));

        Assert.Contains("must be OptionSetValue", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeExpiry_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request["Expiry"] = -1;

        FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Execute(request));
    }

    [Fact]
    public void OverrideContentAndActions_BecomeTheDataJson()
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request["OverrideContent"] = new Entity { ["body"] = "**Two** minutes is enough." };
        var link = new Entity { ["title"] = "Open my activities", ["data"] = new Entity { ["url"] = "?pagetype=entitylist&etn=task" } };
        request["Actions"] = new Entity { ["actions"] = new EntityCollection([link]) };

        var id = (Guid)org.Service.Execute(request).Results["NotificationId"];

        using var data = JsonDocument.Parse(org.Service.Retrieve("appnotification", id, new ColumnSet("data")).GetAttributeValue<string>("data"));
        Assert.Equal("**Two** minutes is enough.", data.RootElement.GetProperty("body").GetString());
        Assert.Equal("?pagetype=entitylist&etn=task", data.RootElement.GetProperty("actions")[0].GetProperty("data").GetProperty("url").GetString());
    }

    [Fact]
    public void DataOverFiveThousandCharacters_FaultsStringLengthTooLong()
    {
        using var org = new TestOrganization();
        var request = Notification(org.UserId);
        request["OverrideContent"] = new Entity { ["body"] = new string('x', 5_000) };

        FaultAssert.Throws(ErrorCodes.StringLengthTooLong, () => org.Service.Execute(request));
    }

    private static OrganizationRequest Notification(Guid recipient) => new("SendAppNotification")
    {
        ["Title"] = "Log this week's calls",
        ["Body"] = "Two minutes is enough.",
        ["Recipient"] = new EntityReference("systemuser", recipient),
    };

    private static int Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column).Value;
}
