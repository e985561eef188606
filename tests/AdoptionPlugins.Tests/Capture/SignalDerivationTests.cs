using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class SignalDerivationTests
{
    private static readonly UserFacts Rep = People.Person("Riley Rep");
    private static readonly UserFacts Manager = People.Person("Morgan Manager");
    private static readonly UserFacts System = People.SystemAccount();
    private static readonly UserDirectory Directory = new(Rep, Manager, System);

    [Fact]
    public void OpenTaskCreated_GivesOneLoggedSignalKeyedByTheRow()
    {
        var task = Activities.Task().LoggedBy(Rep).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnCreate(task, Directory)));

        Assert.Equal((SignalKind.Task, SignalEvent.Logged), (signal.Kind, signal.Event));
        Assert.Equal($"task:{task.Id:D}:logged", signal.SourceKey);
        Assert.Equal(Activities.Morning, signal.OccurredOn);
    }

    [Fact]
    public void CallLoggedAlreadyCompleted_CountsOnceAsLoggedBecauseCompletingIsALaterAct()
    {
        var call = Activities.PhoneCall().LoggedBy(Rep).InState(RecordState.Completed).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnCreate(call, Directory)));

        Assert.Equal(SignalEvent.Logged, signal.Event);
    }

    [Fact]
    public void LoggedAndCompletedSignalsOfOneTask_HaveDifferentIds()
    {
        var task = Activities.Task().LoggedBy(Rep).ChangedBy(Rep, Activities.Morning.AddHours(1)).InState(RecordState.Completed).Build();

        var signals = Signals(SignalDerivation.FromSourceRow(task, Directory));

        Assert.Equal([SignalEvent.Logged, SignalEvent.Completed], signals.Select(signal => signal.Event));
        Assert.NotEqual(signals[0].Id, signals[1].Id);
    }

    [Fact]
    public void TaskCompletedLaterByManager_CreditsTheManagerOnBehalfOfTheOwner()
    {
        var task = Activities.Task().LoggedBy(Rep).ChangedBy(Manager, Activities.Morning.AddDays(1)).InState(RecordState.Completed).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnStateChange(task, RecordState.Open, Directory)));

        Assert.Equal((Manager.Id, SignalEvent.Completed, Rep.Id), (signal.UserId, signal.Event, signal.OnBehalfOfId));
        Assert.Equal(Activities.Morning.AddDays(1), signal.OccurredOn);
    }

    [Fact]
    public void UpdateThatRepeatsCompletedState_GivesNothingSoTheCreditStaysWithTheCompleter()
    {
        var task = Activities.Task().LoggedBy(Rep).ChangedBy(Manager, Activities.Morning.AddDays(2)).InState(RecordState.Completed).Build();

        var candidates = SignalDerivation.OnStateChange(task, RecordState.Completed, Directory);

        Assert.Empty(candidates);
    }

    [Fact]
    public void CanceledTask_IsNotCompleted()
    {
        var task = Activities.Task().LoggedBy(Rep).ChangedBy(Rep, Activities.Morning.AddHours(1)).InState(RecordState.Canceled).Build();

        var candidates = SignalDerivation.OnStateChange(task, RecordState.Open, Directory);

        Assert.Empty(candidates);
    }

    [Fact]
    public void EmailWrittenByAPerson_IsEmailSent()
    {
        var email = Activities.Email().LoggedBy(Rep).Build();

        var kind = SignalDerivation.KindOf(email, Directory);

        Assert.Equal(SignalKind.EmailSent, kind);
    }

    [Fact]
    public void OutgoingEmailSyncedBySystem_IsEmailTrackedNotSent()
    {
        var email = Activities.Email().LoggedBy(System).OwnedBy(Rep).Build();

        var kind = SignalDerivation.KindOf(email, Directory);

        Assert.Equal(SignalKind.EmailTracked, kind);
    }

    [Fact]
    public void IncomingEmailTrackedByAPerson_IsEmailTracked()
    {
        var email = Activities.Email().LoggedBy(Rep).Incoming().Build();

        var kind = SignalDerivation.KindOf(email, Directory);

        Assert.Equal(SignalKind.EmailTracked, kind);
    }

    [Fact]
    public void ReceivedEmailTrackedCompleted_GivesNoCompletedSignalBecauseReceivingIsNotWork()
    {
        var email = Activities.Email().LoggedBy(System).OwnedBy(Rep).Incoming().InState(RecordState.Completed).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnCreate(email, Directory)));

        Assert.Equal((SignalKind.EmailTracked, Rep.Id), (signal.Kind, signal.UserId));
    }

    [Fact]
    public void WrittenEmailSent_CountsAsCompleted()
    {
        var email = Activities.Email().LoggedBy(Rep).ChangedBy(System, Activities.Morning.AddMinutes(3)).InState(RecordState.Completed).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnStateChange(email, RecordState.Open, Directory)));

        Assert.Equal((SignalKind.EmailSent, SignalEvent.Completed, "Email sent"), (signal.Kind, signal.Event, signal.Name));
    }

    [Fact]
    public void NoteAdded_IsANoteSignal()
    {
        var note = Activities.Note().LoggedBy(Rep).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnCreate(note, Directory)));

        Assert.Equal((SignalKind.Note, $"note:{note.Id:D}:logged"), (signal.Kind, signal.SourceKey));
    }

    [Fact]
    public void NotCreditedEvent_KeepsItsReasonForTheTrace()
    {
        var task = Activities.Task().LoggedBy(Rep).Imported().Build();

        var candidate = Assert.Single(SignalDerivation.OnCreate(task, Directory));

        Assert.Null(candidate.ToSignal());
        Assert.Contains("DataImport", candidate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OpportunityCreated_IsOpportunityCreated()
    {
        var deal = Activities.Opportunity().LoggedBy(Rep).Build();

        var signal = Assert.Single(Signals(SignalDerivation.OnCreate(deal, Directory)));

        Assert.Equal((SignalKind.OpportunityCreated, $"opportunity:{deal.Id:D}:created"), (signal.Kind, signal.SourceKey));
    }

    [Fact]
    public void OpportunitySavedTwiceOnOneDay_IsOneWorkedSignal()
    {
        var deal = Activities.Opportunity().LoggedBy(Rep).WithId(Guid.NewGuid());
        var first = deal.ChangedBy(Rep, Activities.Morning.AddHours(1)).Build();
        var second = deal.ChangedBy(Rep, Activities.Morning.AddHours(5)).Build();

        var ids = new[] { first, second }.Select(facts => Signals(SignalDerivation.OnOpportunityWorked(facts, Directory)).Single().Id);

        Assert.Single(ids.Distinct());
    }

    [Fact]
    public void OpportunityWorkedOnTwoDays_IsTwoWorkedSignals()
    {
        var deal = Activities.Opportunity().LoggedBy(Rep).WithId(Guid.NewGuid());
        var first = deal.ChangedBy(Rep, Activities.Morning.AddHours(1)).Build();
        var second = deal.ChangedBy(Rep, Activities.Morning.AddDays(1)).Build();

        var ids = new[] { first, second }.Select(facts => Signals(SignalDerivation.OnOpportunityWorked(facts, Directory)).Single().Id);

        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public void OpportunityWorkedByTwoPeopleOnOneDay_IsTwoWorkedSignals()
    {
        var deal = Activities.Opportunity().LoggedBy(Rep).WithId(Guid.NewGuid());
        var byRep = deal.ChangedBy(Rep, Activities.Morning.AddHours(1)).Build();
        var byManager = deal.ChangedBy(Manager, Activities.Morning.AddHours(2)).Build();

        var signals = new[] { byRep, byManager }.Select(facts => Signals(SignalDerivation.OnOpportunityWorked(facts, Directory)).Single()).ToList();

        Assert.NotEqual(signals[0].Id, signals[1].Id);
        Assert.Equal(Rep.Id, signals[1].OnBehalfOfId);
    }

    [Fact]
    public void OpportunityWonByWinAndByStateUpdate_WritesTheSameSignalOnce()
    {
        var deal = Activities.Opportunity().LoggedBy(Rep).ChangedBy(Rep, Activities.Morning.AddDays(3)).InState(RecordState.Won).Build();

        var byWin = Signals(SignalDerivation.OnWin(deal.Id, Rep.Ref(), Activities.Morning.AddDays(3), Directory)).Single();
        var byUpdate = Signals(SignalDerivation.OnStateChange(deal, RecordState.Open, Directory)).Single();

        Assert.Equal(byWin.Id, byUpdate.Id);
        Assert.Equal(SignalKind.OpportunityWon, byWin.Kind);
    }

    [Fact]
    public void ReconcileOfAStoredRow_GivesTheSignalsThePluginsWrote()
    {
        var task = Activities.Task().LoggedBy(Rep).OwnedBy(Manager).ChangedBy(Rep, Activities.Morning.AddHours(4)).InState(RecordState.Completed).Build();
        var byPlugins = Signals(SignalDerivation.OnCreate(Activities.Task().WithId(task.Id).LoggedBy(Rep).OwnedBy(Manager).Build(), Directory))
            .Concat(Signals(SignalDerivation.OnStateChange(task, RecordState.Open, Directory)));

        var byReconcile = Signals(SignalDerivation.FromSourceRow(task, Directory));

        Assert.Equal(byPlugins.Select(Describe), byReconcile.Select(Describe));
    }

    [Fact]
    public void ReconcileOfAnOpenOpportunityChangedLater_GivesItsLastWorkedDay()
    {
        var deal = Activities.Opportunity().LoggedBy(Rep).ChangedBy(Manager, Activities.Morning.AddDays(2)).Build();

        var signals = Signals(SignalDerivation.FromSourceRow(deal, Directory));

        Assert.Equal([SignalKind.OpportunityCreated, SignalKind.OpportunityWorked], signals.Select(signal => signal.Kind));
        Assert.Equal(Manager.Id, signals[1].UserId);
    }

    [Fact]
    public void ReconcileOfImportedCompletedCallNeverChanged_CreditsNobodyLikeTheCreateStep()
    {
        var importer = People.Person("Ada Admin");
        var call = Activities.PhoneCall().LoggedBy(importer).Imported().InState(RecordState.Completed).Build();

        var candidate = Assert.Single(SignalDerivation.FromSourceRow(call, new UserDirectory(importer)));

        Assert.Equal(NoCreditReason.DataImport, candidate.Decision.NoCreditReason);
    }

    [Fact]
    public void RowWithoutCreationTime_FailsWithTheColumnToAdd()
    {
        var facts = new ActivityFacts(SourceTable.Task, Guid.NewGuid(), createdBy: Rep.Ref());

        var error = Assert.Throws<ArgumentException>(() => SignalDerivation.OnCreate(facts, Directory));

        Assert.Contains("has no createdon", error.Message, StringComparison.Ordinal);
    }

    private static Signal[] Signals(System.Collections.Generic.IEnumerable<SignalCandidate> candidates) =>
        candidates.Select(candidate => candidate.ToSignal()).OfType<Signal>().ToArray();

    private static string Describe(Signal signal) =>
        $"{signal.Id} {signal.UserId} {signal.Kind} {signal.Event} {signal.OccurredOn:o} {signal.OnBehalfOfId} {signal.Reason}";
}
