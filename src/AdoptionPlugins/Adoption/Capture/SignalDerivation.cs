using System;
using System.Collections.Generic;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// Turns what happened to a row into signal candidates, the same way for each plugin step and for reconcile, so a retry, a
/// second step seeing the same event, or a reconcile writes the same signal ids (DESIGN-capture).
/// </summary>
public static class SignalDerivation
{
    /// <summary>
    /// A row was created: it is logged, once. A row created already completed (a call logged after the fact) is not also
    /// "completed": completing is a later act on an open row, and one request per capture leaves room for one signal.
    /// </summary>
    public static IReadOnlyList<SignalCandidate> OnCreate(ActivityFacts facts, IUserDirectory directory)
    {
        Require(facts, directory);
        return [Logged(facts, directory)];
    }

    /// <summary>
    /// statecode changed: an activity that became Completed is completed, an opportunity that became Won is won. The pre-image's
    /// state keeps an Update that repeats an unchanged statecode (dataverse-facts 1.3) from moving the credit.
    /// </summary>
    public static IReadOnlyList<SignalCandidate> OnStateChange(ActivityFacts facts, RecordState? previousState, IUserDirectory directory)
    {
        Require(facts, directory);
        var candidates = new List<SignalCandidate>();
        if (facts.Table == SourceTable.Opportunity)
        {
            if (facts.State == RecordState.Won && previousState != RecordState.Won)
            {
                candidates.Add(Won(facts, directory));
            }
        }
        else if (facts.State == RecordState.Completed && previousState != RecordState.Completed)
        {
            AddCompleted(candidates, facts, directory);
        }

        return candidates;
    }

    /// <summary>Someone changed a column that means the deal moved on: one signal per person, opportunity and UTC day, however often they save.</summary>
    public static IReadOnlyList<SignalCandidate> OnOpportunityWorked(ActivityFacts facts, IUserDirectory directory)
    {
        Require(facts, directory);
        RequireTable(facts, SourceTable.Opportunity);
        var occurredOn = Required(facts.ModifiedOn, facts, "modifiedon");
        var decision = CreditRule.Decide(facts, SignalKind.OpportunityWorked, atCreation: false, directory);
        var key = decision.UserId is { } user
            ? SourceKeys.Worked(facts.Id, user, occurredOn)
            : SourceKeys.Of(facts.Table, facts.Id, "worked");
        return [new SignalCandidate(facts, SignalKind.OpportunityWorked, SignalEvent.Logged, key, occurredOn, decision)];
    }

    /// <summary>The Win message: no image exists for it (dataverse-facts 1.5), so the winner and the time come from the execution context.</summary>
    public static IReadOnlyList<SignalCandidate> OnWin(Guid opportunityId, UserReference winner, DateTime wonOn, IUserDirectory directory)
    {
        var facts = new ActivityFacts(SourceTable.Opportunity, opportunityId, RecordState.Won, modifiedBy: winner, modifiedOn: wonOn);
        Require(facts, directory);
        return [Won(facts, directory)];
    }

    /// <summary>
    /// Every event reconcile can still see on a stored row: logged; completed (when changed after creation) or won by the last
    /// modifier; the last "worked" day of an open opportunity. Earlier work on an opportunity left no trace on the row, so only
    /// the plugins record it.
    /// </summary>
    public static IReadOnlyList<SignalCandidate> FromSourceRow(ActivityFacts facts, IUserDirectory directory)
    {
        Require(facts, directory);
        var candidates = new List<SignalCandidate> { Logged(facts, directory) };
        var changedAfterCreation = facts.ModifiedOn > facts.CreatedOn;
        if (facts.Table == SourceTable.Opportunity)
        {
            if (facts.State == RecordState.Won)
            {
                candidates.Add(Won(facts, directory));
            }
            else if (facts.State == RecordState.Open && changedAfterCreation)
            {
                candidates.AddRange(OnOpportunityWorked(facts, directory));
            }
        }
        else if (facts.State == RecordState.Completed && changedAfterCreation)
        {
            AddCompleted(candidates, facts, directory);
        }

        return candidates;
    }

    /// <summary>The kind a row is logged as; an email's kind depends on whether a person wrote it or sync tracked it.</summary>
    public static SignalKind KindOf(ActivityFacts facts, IUserDirectory directory)
    {
        Require(facts, directory);
        return facts.Table switch
        {
            SourceTable.Task => SignalKind.Task,
            SourceTable.PhoneCall => SignalKind.PhoneCall,
            SourceTable.Appointment => SignalKind.Meeting,
            SourceTable.Note => SignalKind.Note,
            SourceTable.Opportunity => SignalKind.OpportunityCreated,
            _ => facts.IsOutgoing == false || CreatedBySync(facts, directory) ? SignalKind.EmailTracked : SignalKind.EmailSent,
        };
    }

    private static SignalCandidate Logged(ActivityFacts facts, IUserDirectory directory)
    {
        var kind = KindOf(facts, directory);
        var occurredOn = Required(facts.CreatedOn, facts, "createdon");
        var eventName = kind == SignalKind.OpportunityCreated ? "created" : "logged";
        return new SignalCandidate(
            facts, kind, SignalEvent.Logged, SourceKeys.Of(facts.Table, facts.Id, eventName), occurredOn, CreditRule.Decide(facts, kind, atCreation: true, directory));
    }

    // A tracked email arrives completed (received) or is completed by sync; only writing and sending an email is the user's work.
    private static void AddCompleted(List<SignalCandidate> candidates, ActivityFacts facts, IUserDirectory directory)
    {
        var kind = KindOf(facts, directory);
        if (kind == SignalKind.EmailTracked)
        {
            return;
        }

        var occurredOn = Required(facts.ModifiedOn, facts, "modifiedon");
        candidates.Add(new SignalCandidate(
            facts, kind, SignalEvent.Completed, SourceKeys.Of(facts.Table, facts.Id, "completed"), occurredOn, CreditRule.Decide(facts, kind, atCreation: false, directory)));
    }

    private static SignalCandidate Won(ActivityFacts facts, IUserDirectory directory)
    {
        var occurredOn = Required(facts.ModifiedOn, facts, "modifiedon");
        return new SignalCandidate(
            facts, SignalKind.OpportunityWon, SignalEvent.Logged, SourceKeys.Of(facts.Table, facts.Id, "won"), occurredOn,
            CreditRule.Decide(facts, SignalKind.OpportunityWon, atCreation: false, directory));
    }

    private static bool CreatedBySync(ActivityFacts facts, IUserDirectory directory)
    {
        var creator = facts.CreatedOnBehalfBy ?? facts.CreatedBy;
        return creator is not null && WellKnownAccounts.IsServerSideSync(directory.Find(creator.Id)?.FullName ?? creator.Name);
    }

    private static DateTime Required(DateTime? value, ActivityFacts facts, string column) =>
        value ?? throw new ArgumentException(
            string.Format(CultureInfo.InvariantCulture, "The {0} row {1} has no {2}; the step's image or the reconcile query must include it.", facts.Table, facts.Id, column),
            nameof(facts));

    private static void RequireTable(ActivityFacts facts, SourceTable table)
    {
        if (facts.Table != table)
        {
            throw new ArgumentException($"Expected {table} facts, not {facts.Table}.", nameof(facts));
        }
    }

    private static void Require(ActivityFacts facts, IUserDirectory directory)
    {
        _ = facts ?? throw new ArgumentNullException(nameof(facts));
        _ = directory ?? throw new ArgumentNullException(nameof(directory));
    }
}
