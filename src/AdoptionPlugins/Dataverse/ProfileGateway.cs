using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Profile = AdoptionPlugins.Schema.AdoptionProfile;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads and writes <c>adopt_adoptionprofile</c> rows, one per user, by a deterministic id so it works while keys are Pending.</summary>
public sealed class ProfileGateway
{
    private static readonly string[] Columns =
    [
        Profile.UserId, Profile.FirstSeenOn, Profile.Tier, Profile.TierSource, Profile.State, Profile.StateSince, Profile.PreviousState,
        Profile.EvaluatedOn, Profile.IsOptedOut, Profile.IsVip, Profile.WorkPattern, Profile.WindowStart, Profile.ReasonHasFigures,
    ];

    private readonly IOrganizationService _service;

    public ProfileGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>The profile row's id for a user: the same for every writer, so the row is never duplicated.</summary>
    public static Guid IdOf(Guid userId) => DeterministicGuid.Create(string.Format(CultureInfo.InvariantCulture, "adoptionprofile:{0:D}", userId));

    /// <summary>These users' profiles; one request per 5,000 users. Users without a row are missing from the answer.</summary>
    public IReadOnlyDictionary<Guid, StoredProfile> Read(IEnumerable<Guid> userIds)
    {
        var profiles = new Dictionary<Guid, StoredProfile>();
        var ids = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToList();
        for (var start = 0; start < ids.Count; start += QueryPaging.MaxPageSize)
        {
            var query = new QueryExpression(Profile.EntityName) { ColumnSet = new ColumnSet(Columns) };
            query.Criteria.AddCondition(Profile.UserId, ConditionOperator.In, ids.Skip(start).Take(QueryPaging.MaxPageSize).Cast<object>().ToArray());
            Add(profiles, _service.RetrieveMultiple(query).Entities);
        }

        return profiles;
    }

    /// <summary>Every profile; one request per 5,000.</summary>
    public IReadOnlyDictionary<Guid, StoredProfile> ReadAll()
    {
        var query = new QueryExpression(Profile.EntityName) { ColumnSet = new ColumnSet(Columns) };
        query.AddOrder(Profile.PrimaryId, OrderType.Ascending);
        var profiles = new Dictionary<Guid, StoredProfile>();
        Add(profiles, QueryPaging.All(_service, query));
        return profiles;
    }

    /// <summary>One request: the verdict, its evidence and why in words (<paramref name="detail"/> says how much it tells), owned by the user it describes.</summary>
    public void Write(AdoptionVerdict verdict, string fullName, string reason, ReasonDetail detail, DateTime evaluatedAtUtc)
    {
        _ = verdict ?? throw new ArgumentNullException(nameof(verdict));
        var row = new Entity(Profile.EntityName, IdOf(verdict.UserId))
        {
            [Profile.Name] = fullName,
            [Profile.UserId] = new EntityReference(SystemUser.EntityName, verdict.UserId),
            [Profile.OwnerId] = new EntityReference(SystemUser.EntityName, verdict.UserId),
            [Profile.FirstSeenOn] = verdict.Previous.FirstSeenOn,
            [Profile.Tier] = new OptionSetValue(EvaluationChoices.ValueOf(verdict.Tier.Tier)),
            [Profile.TierSource] = new OptionSetValue(EvaluationChoices.ValueOf(verdict.Tier.Source)),
            [Profile.State] = new OptionSetValue(EvaluationChoices.ValueOf(verdict.State)),
            [Profile.StateSince] = verdict.StateSince,
            [Profile.PreviousState] = verdict.Previous.State is { } previous ? new OptionSetValue(EvaluationChoices.ValueOf(previous)) : null,
            [Profile.StateReason] = ColumnText.Cut(reason, Profile.StateReasonMaxLength),
            [Profile.ReasonHasFigures] = detail == ReasonDetail.WithFigures,
            [Profile.EvaluatedOn] = DateTime.SpecifyKind(evaluatedAtUtc, DateTimeKind.Utc),
            [Profile.WindowStart] = verdict.Window?.From,
            [Profile.WindowEnd] = verdict.Window?.To,
            [Profile.WorkingDays] = verdict.Window?.WorkingDays,
            [Profile.ActiveDays] = verdict.Window?.ActiveDays,
            [Profile.SharePercent] = verdict.Window?.SharePercent,
        };
        _service.Execute(new UpsertRequest { Target = row });
    }

    private static void Add(Dictionary<Guid, StoredProfile> profiles, IEnumerable<Entity> rows)
    {
        foreach (var row in rows)
        {
            if (ColumnReader.Get<EntityReference>(row, Profile.UserId) is { } user)
            {
                // The roll-up creates a profile on first sight already marked New for the views; that is no verdict, and reading it as
                // one would make every team look as if it had just crossed its threshold on the first run after install.
                var evaluatedOn = ColumnReader.GetUtc(row, Profile.EvaluatedOn);
                profiles[user.Id] = new StoredProfile(
                    user.Id,
                    ColumnReader.GetValue<DateTime>(row, Profile.FirstSeenOn),
                    Choice(row, Profile.Tier, EvaluationChoices.TierOf),
                    Choice(row, Profile.TierSource, EvaluationChoices.TierSourceOf),
                    evaluatedOn is null ? null : Choice(row, Profile.State, EvaluationChoices.StateOf),
                    ColumnReader.GetValue<DateTime>(row, Profile.StateSince),
                    Choice(row, Profile.PreviousState, EvaluationChoices.StateOf),
                    evaluatedOn,
                    ColumnReader.GetValue<bool>(row, Profile.IsOptedOut) ?? false,
                    ColumnReader.GetValue<bool>(row, Profile.IsVip) ?? false,
                    ColumnReader.Get<string>(row, Profile.WorkPattern),
                    ColumnReader.GetValue<DateTime>(row, Profile.WindowStart),
                    ColumnReader.GetValue<bool>(row, Profile.ReasonHasFigures));
            }
        }
    }

    private static T? Choice<T>(Entity row, string column, Func<int, T> read)
        where T : struct =>
        ColumnReader.GetChoice(row, column) is { } value ? read(value) : null;
}
