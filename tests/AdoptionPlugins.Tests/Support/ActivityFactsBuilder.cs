using System;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// Builds the facts of one row, valid by default: open, created and owned by one person at <see cref="Activities.Morning"/>,
/// outgoing for emails and calls. Each method changes one fact.
/// </summary>
public sealed class ActivityFactsBuilder
{
    private readonly SourceTable _table;
    private readonly UserFacts _defaultUser = People.Person("Riley Rep");
    private Guid _id = Guid.NewGuid();
    private RecordState _state = RecordState.Open;
    private UserReference? _owner;
    private UserReference? _createdBy;
    private UserReference? _createdOnBehalfBy;
    private UserReference? _modifiedBy;
    private UserReference? _modifiedOnBehalfBy;
    private DateTime _createdOn = Activities.Morning;
    private DateTime? _modifiedOn;
    private DateTime? _overriddenCreatedOn;
    private int? _importSequenceNumber;
    private bool? _isOutgoing;
    private bool _noCreator;

    public ActivityFactsBuilder(SourceTable table)
    {
        _table = table;
        _isOutgoing = table is SourceTable.Email or SourceTable.PhoneCall ? true : null;
    }

    public ActivityFactsBuilder WithId(Guid id) => Set(() => _id = id);

    /// <summary>Created by this user; they also own it unless <see cref="OwnedBy(UserFacts)"/> says otherwise.</summary>
    public ActivityFactsBuilder LoggedBy(UserFacts user) => Set(() => _createdBy = user.Ref());

    public ActivityFactsBuilder LoggedThroughIdentityOf(UserFacts identity, UserFacts delegateUser) =>
        Set(() => (_createdBy, _createdOnBehalfBy) = (identity.Ref(), delegateUser.Ref()));

    public ActivityFactsBuilder WithoutCreator() => Set(() => _noCreator = true);

    public ActivityFactsBuilder OwnedBy(UserFacts user) => Set(() => _owner = user.Ref());

    public ActivityFactsBuilder OwnedByTeam() => Set(() => _owner = new UserReference(Guid.NewGuid(), "Sales team", isTeam: true));

    public ActivityFactsBuilder On(DateTime createdOnUtc) => Set(() => _createdOn = createdOnUtc);

    public ActivityFactsBuilder ChangedBy(UserFacts user, DateTime modifiedOnUtc) => Set(() => (_modifiedBy, _modifiedOn) = (user.Ref(), modifiedOnUtc));

    public ActivityFactsBuilder ChangedThroughIdentityOf(UserFacts identity, UserFacts delegateUser, DateTime modifiedOnUtc) =>
        Set(() => (_modifiedBy, _modifiedOnBehalfBy, _modifiedOn) = (identity.Ref(), delegateUser.Ref(), modifiedOnUtc));

    public ActivityFactsBuilder InState(RecordState state) => Set(() => _state = state);

    public ActivityFactsBuilder Incoming() => Set(() => _isOutgoing = false);

    public ActivityFactsBuilder Imported(int sequenceNumber = 7) => Set(() => _importSequenceNumber = sequenceNumber);

    public ActivityFactsBuilder Migrated(DateTime originalCreatedOn) => Set(() => _overriddenCreatedOn = originalCreatedOn);

    public ActivityFacts Build()
    {
        var creator = _noCreator ? null : _createdBy ?? _defaultUser.Ref();
        return new ActivityFacts(
            _table,
            _id,
            _state,
            owner: _owner ?? _createdBy ?? _defaultUser.Ref(),
            createdBy: creator,
            createdOnBehalfBy: _createdOnBehalfBy,
            modifiedBy: _modifiedBy ?? creator,
            modifiedOnBehalfBy: _modifiedOnBehalfBy,
            createdOn: _createdOn,
            modifiedOn: _modifiedOn ?? _createdOn,
            overriddenCreatedOn: _overriddenCreatedOn,
            importSequenceNumber: _importSequenceNumber,
            isOutgoing: _isOutgoing);
    }

    private ActivityFactsBuilder Set(Action change)
    {
        change();
        return this;
    }
}
