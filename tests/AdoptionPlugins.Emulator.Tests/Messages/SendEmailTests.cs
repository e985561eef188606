using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Service.Messages;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class SendEmailTests
{
    [Fact]
    public void IssueSend_DeliversFromTheQueueToTheRecipient()
    {
        using var org = new TestOrganization();
        var queue = org.CreateQueue();
        var id = org.Service.Create(A.Email().From(queue).To(org.User).Build());

        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true, TrackingToken = string.Empty });

        var sent = Assert.Single(SentEmails.Read(org.Service));
        Assert.Equal((id, "Your weekly adoption digest", queue, org.User, FixedClock.Start), (sent.EmailId, sent.Subject, Assert.Single(sent.From).Party, Assert.Single(sent.To).Party, sent.SentOn));
    }

    [Fact]
    public void IssueSend_LeavesTheEmailSentBySystem()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true });

        var email = org.Service.Retrieve("email", id, new ColumnSet("statecode", "statuscode", "modifiedby"));
        Assert.Equal((1, 3, org.Database.SystemUserId), (Option(email, "statecode"), Option(email, "statuscode"), email.GetAttributeValue<EntityReference>("modifiedby").Id));
    }

    [Fact]
    public void WithoutIssueSend_MarksItSentButDeliversNothing()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = false });

        Assert.Equal(3, Option(org.Service.Retrieve("email", id, new ColumnSet("statuscode")), "statuscode"));
        Assert.Empty(SentEmails.Read(org.Service));
    }

    [Fact]
    public void SendingTwice_FaultsInvalidState()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());
        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true });

        FaultAssert.Throws(ErrorCodes.InvalidState, () => org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true }));

        Assert.Single(SentEmails.Read(org.Service));
    }

    [Fact]
    public void NoRecipient_FaultsEmailRecipientNotSpecified()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).With("to", null).Build());

        var fault = FaultAssert.Throws(ErrorCodes.EmailRecipientNotSpecified, () => org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true }));

        Assert.Equal("The e-mail must have at least one recipient before it can be sent", fault.Message);
    }

    [Fact]
    public void MissingEmail_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Execute(new SendEmailRequest { EmailId = Guid.NewGuid(), IssueSend = true }));
    }

    [Fact]
    public void TrackingToken_IsAppendedToTheSubject()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        var response = (SendEmailResponse)org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true, TrackingToken = "CRM:0001" });

        Assert.Equal("Your weekly adoption digest CRM:0001", response.Subject);
        Assert.Equal(response.Subject, Assert.Single(SentEmails.Read(org.Service)).Subject);
    }

    [Fact]
    public void NoSender_GoesOutFromTheCaller()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().To(org.User).Build());

        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true });

        Assert.Equal(org.User, Assert.Single(Assert.Single(SentEmails.Read(org.Service)).From).Party);
    }

    [Fact]
    public void SendByName_WorksLikeTheTypedRequest()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        org.Service.Execute(new OrganizationRequest("SendEmail") { ["EmailId"] = id, ["IssueSend"] = true, ["TrackingToken"] = string.Empty });

        Assert.Single(SentEmails.Read(org.Service));
    }

    [Fact]
    public void SentEmail_TwinIsCompletedToo()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true });

        Assert.Equal(1, Option(org.Service.Retrieve("activitypointer", id, new ColumnSet("statecode")), "statecode"));
    }

    private static int Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column).Value;
}
