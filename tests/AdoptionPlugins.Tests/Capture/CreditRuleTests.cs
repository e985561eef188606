using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class CreditRuleTests
{
    [Fact]
    public void RepLogsOwnCall_CreditsTheRepWithNobodyOnBehalf()
    {
        var rep = People.Person();
        var call = Activities.PhoneCall().LoggedBy(rep).Build();

        var decision = DecideLogged(call, new UserDirectory(rep));

        Assert.Equal(rep.Id, decision.UserId);
        Assert.Equal(CreditReason.InitiatingUser, decision.Reason);
        Assert.Null(decision.OnBehalfOfId);
    }

    [Fact]
    public void AssistantLogsForExecutive_CreditsTheAssistantOnBehalfOfTheExecutive()
    {
        var (assistant, executive) = (People.Person("Ari Assistant"), People.Person("Eve Executive"));
        var task = Activities.Task().LoggedBy(assistant).OwnedBy(executive).Build();

        var decision = DecideLogged(task, new UserDirectory(assistant, executive));

        Assert.Equal(assistant.Id, decision.UserId);
        Assert.Equal(executive.Id, decision.OnBehalfOfId);
    }

    [Fact]
    public void DelegateActsThroughExecutivesIdentity_CreditsTheDelegateBecauseTheDelegateDidTheWork()
    {
        var (assistant, executive) = (People.Person("Ari Assistant"), People.Person("Eve Executive"));
        var task = Activities.Task().LoggedThroughIdentityOf(executive, assistant).OwnedBy(executive).Build();

        var decision = DecideLogged(task, new UserDirectory(assistant, executive));

        Assert.Equal(assistant.Id, decision.UserId);
        Assert.Equal(CreditReason.Delegate, decision.Reason);
        Assert.Equal(executive.Id, decision.OnBehalfOfId);
    }

    [Fact]
    public void EmailSyncedBySystem_CreditsTheMailboxOwnerBecauseSyncTrackedIt()
    {
        var (system, owner) = (People.SystemAccount(), People.Person());
        var email = Activities.Email().LoggedBy(system).OwnedBy(owner).Build();

        var decision = DecideLogged(email, new UserDirectory(system, owner));

        Assert.Equal(owner.Id, decision.UserId);
        Assert.Equal(CreditReason.OwnerViaServerSideSync, decision.Reason);
    }

    [Fact]
    public void EmailSyncedBySssAdminProd_CreditsTheMailboxOwnerAsSystemDidBeforeTheSwitch()
    {
        var (sync, owner) = (People.ServerSideSyncAccount(), People.Person());
        var email = Activities.Email().LoggedBy(sync).OwnedBy(owner).Build();

        var decision = DecideLogged(email, new UserDirectory(sync, owner));

        Assert.Equal(owner.Id, decision.UserId);
        Assert.Equal(CreditReason.OwnerViaServerSideSync, decision.Reason);
    }

    [Fact]
    public void MeetingSyncedFromAnotherMailbox_CreditsTheOwnerBecauseSystemCreatedIt()
    {
        var (system, owner) = (People.SystemAccount(), People.Person());
        var meeting = Activities.Appointment().LoggedBy(system).OwnedBy(owner).Build();

        var decision = DecideLogged(meeting, new UserDirectory(system, owner));

        Assert.Equal(owner.Id, decision.UserId);
    }

    [Fact]
    public void SystemNamedOnlyOnTheReference_IsStillRecognisedAsSync()
    {
        var (system, owner) = (People.SystemAccount(), People.Person());
        var email = Activities.Email().LoggedBy(system).OwnedBy(owner).Build();

        var decision = DecideLogged(email, new UserDirectory());

        Assert.Equal(owner.Id, decision.UserId);
    }

    [Fact]
    public void SyncedEmailInTeamOwnedRow_CreditsNobodyBecauseNoSinglePersonOwnsIt()
    {
        var system = People.SystemAccount();
        var email = Activities.Email().LoggedBy(system).OwnedByTeam().Build();

        var decision = DecideLogged(email, new UserDirectory(system));

        Assert.Equal(NoCreditReason.OwnedByTeam, decision.NoCreditReason);
    }

    [Fact]
    public void SyncedEmailOfDisabledOwner_CreditsNobodyBecauseTheOwnerDoesNotCount()
    {
        var (system, owner) = (People.SystemAccount(), People.Disabled());
        var email = Activities.Email().LoggedBy(system).OwnedBy(owner).Build();

        var decision = DecideLogged(email, new UserDirectory(system, owner));

        Assert.Equal(NoCreditReason.DisabledUser, decision.NoCreditReason);
    }

    [Fact]
    public void TaskCreatedBySystem_CreditsNobodyBecauseOnlyEmailsAndMeetingsPassToTheOwner()
    {
        var (system, owner) = (People.SystemAccount(), People.Person());
        var task = Activities.Task().LoggedBy(system).OwnedBy(owner).Build();

        var decision = DecideLogged(task, new UserDirectory(system, owner));

        Assert.Equal(NoCreditReason.SystemAccount, decision.NoCreditReason);
    }

    [Fact]
    public void NoteByIntegrationAccount_CreditsNobody()
    {
        var integration = People.IntegrationAccount();
        var note = Activities.Note().LoggedBy(integration).Build();

        var decision = DecideLogged(note, new UserDirectory(integration));

        Assert.Equal(NoCreditReason.IntegrationAccount, decision.NoCreditReason);
    }

    [Fact]
    public void TaskByApplicationUser_CreditsNobodyBecauseAnIntegrationIsNotAPerson()
    {
        var (connector, executive) = (People.ApplicationUser(), People.Person("Eve Executive"));
        var task = Activities.Task().LoggedBy(connector).OwnedBy(executive).Build();

        var decision = DecideLogged(task, new UserDirectory(connector, executive));

        Assert.Equal(NoCreditReason.ApplicationUser, decision.NoCreditReason);
    }

    [Fact]
    public void EmailByApplicationUser_CreditsNobodyNotEvenTheOwner()
    {
        var (connector, owner) = (People.ApplicationUser(), People.Person());
        var email = Activities.Email().LoggedBy(connector).OwnedBy(owner).Build();

        var decision = DecideLogged(email, new UserDirectory(connector, owner));

        Assert.Equal(NoCreditReason.ApplicationUser, decision.NoCreditReason);
    }

    [Theory]
    [InlineData(UserAccessMode.NonInteractive, NoCreditReason.NonInteractiveUser)]
    [InlineData(UserAccessMode.SupportUser, NoCreditReason.SupportUser)]
    [InlineData(UserAccessMode.DelegatedAdmin, NoCreditReason.DelegatedAdministrator)]
    public void CallByAccountThatIsNotAPersonalUser_CreditsNobody(UserAccessMode accessMode, NoCreditReason expected)
    {
        var account = People.WithAccess(accessMode);
        var call = Activities.PhoneCall().LoggedBy(account).Build();

        var decision = DecideLogged(call, new UserDirectory(account));

        Assert.Equal(expected, decision.NoCreditReason);
    }

    [Theory]
    [InlineData(UserAccessMode.ReadWrite)]
    [InlineData(UserAccessMode.Administrative)]
    public void CallByLicensedUserWhoMayWork_IsCredited(UserAccessMode accessMode)
    {
        var user = People.WithAccess(accessMode, "Pat Person");
        var call = Activities.PhoneCall().LoggedBy(user).Build();

        var decision = DecideLogged(call, new UserDirectory(user));

        Assert.Equal(user.Id, decision.UserId);
    }

    [Fact]
    public void TaskByDisabledUser_CreditsNobody()
    {
        var leaver = People.Disabled();
        var task = Activities.Task().LoggedBy(leaver).Build();

        var decision = DecideLogged(task, new UserDirectory(leaver));

        Assert.Equal(NoCreditReason.DisabledUser, decision.NoCreditReason);
    }

    [Fact]
    public void TaskByUnlicensedUser_CreditsNobody()
    {
        var unlicensed = People.Unlicensed();
        var task = Activities.Task().LoggedBy(unlicensed).Build();

        var decision = DecideLogged(task, new UserDirectory(unlicensed));

        Assert.Equal(NoCreditReason.UnlicensedUser, decision.NoCreditReason);
    }

    [Fact]
    public void BulkImportByAHumanAdmin_CreditsNobodySoASleepingExecutiveDoesNotLookActive()
    {
        var (admin, executive) = (People.Person("Ada Admin"), People.Person("Eve Executive"));
        var task = Activities.Task().LoggedBy(admin).OwnedBy(executive).Imported().Build();

        var decision = DecideLogged(task, new UserDirectory(admin, executive));

        Assert.Equal(NoCreditReason.DataImport, decision.NoCreditReason);
    }

    [Fact]
    public void MigratedRowWithBackdatedCreation_CreditsNobody()
    {
        var rep = People.Person();
        var call = Activities.PhoneCall().LoggedBy(rep).Migrated(Activities.Morning.AddYears(-3)).Build();

        var decision = DecideLogged(call, new UserDirectory(rep));

        Assert.Equal(NoCreditReason.MigratedRecord, decision.NoCreditReason);
    }

    [Fact]
    public void RowWithoutCreator_CreditsNobody()
    {
        var task = Activities.Task().WithoutCreator().Build();

        var decision = DecideLogged(task, new UserDirectory());

        Assert.Equal(NoCreditReason.NoUserOnRecord, decision.NoCreditReason);
    }

    [Fact]
    public void CompletionOfImportedTask_CreditsTheCompleterBecauseCompletingIsRealWork()
    {
        var (importer, rep) = (People.Person("Ada Admin"), People.Person());
        var task = Activities.Task().LoggedBy(importer).Imported().ChangedBy(rep, Activities.Morning.AddHours(2)).Build();

        var decision = CreditRule.Decide(task, SignalKind.Task, atCreation: false, new UserDirectory(importer, rep));

        Assert.Equal(rep.Id, decision.UserId);
    }

    [Fact]
    public void HumanWrittenEmailSentBySystem_CreditsTheOwnerForTheSending()
    {
        var (writer, system) = (People.Person(), People.SystemAccount());
        var email = Activities.Email().LoggedBy(writer).ChangedBy(system, Activities.Morning.AddMinutes(5)).Build();

        var decision = CreditRule.Decide(email, SignalKind.EmailSent, atCreation: false, new UserDirectory(writer, system));

        Assert.Equal(writer.Id, decision.UserId);
        Assert.Equal(CreditReason.OwnerViaServerSideSync, decision.Reason);
    }

    private static CreditDecision DecideLogged(ActivityFacts facts, IUserDirectory directory) =>
        CreditRule.Decide(facts, SignalDerivation.KindOf(facts, directory), atCreation: true, directory);
}
