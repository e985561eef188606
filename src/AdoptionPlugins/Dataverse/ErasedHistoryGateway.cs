using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Profile = AdoptionPlugins.Schema.AdoptionProfile;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Reads and writes what an erase leaves on a person's adoption profile (dataverse-facts 7.2): the day their history was erased,
/// and nothing of that history. Reconcile reads the day so it never rebuilds what was erased.
/// </summary>
public sealed class ErasedHistoryGateway
{
    // The evaluation's verdict and the activity it saw: history, cleared by the erase. Opt-out, VIP care, the work pattern and an
    // explicit tier stay: they say how the person is to be treated from now on, and dropping an opt-out would message someone who refused.
    private static readonly string[] HistoryColumns =
    [
        Profile.Name, Profile.FirstActivityOn, Profile.LastActivityOn, Profile.State, Profile.StateSince, Profile.StateReason, Profile.EvaluatedOn,
        Profile.PreviousState, Profile.WindowStart, Profile.WindowEnd, Profile.WorkingDays, Profile.ActiveDays, Profile.SharePercent,
    ];

    private readonly IOrganizationService _service;

    public ErasedHistoryGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>The day each of these users' history was erased, for those erased: one request per 5,000 users (dataverse-facts 4.5).</summary>
    public IReadOnlyDictionary<Guid, DateTime> ErasedOn(IEnumerable<Guid> userIds)
    {
        var ids = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToList();
        var erased = new Dictionary<Guid, DateTime>();
        for (var start = 0; start < ids.Count; start += QueryPaging.MaxPageSize)
        {
            var query = new QueryExpression(Profile.EntityName) { ColumnSet = new ColumnSet(Profile.UserId, Profile.ErasedOn) };
            query.Criteria.AddCondition(Profile.UserId, ConditionOperator.In, ids.Skip(start).Take(QueryPaging.MaxPageSize).Cast<object>().ToArray());
            query.Criteria.AddCondition(Profile.ErasedOn, ConditionOperator.NotNull);
            query.AddOrder(Profile.PrimaryId, OrderType.Ascending);
            foreach (var row in QueryPaging.All(_service, query))
            {
                if (ColumnReader.Get<EntityReference>(row, Profile.UserId) is { } user && ColumnReader.GetValue<DateTime>(row, Profile.ErasedOn) is { } day)
                {
                    erased[user.Id] = day.Date;
                }
            }
        }

        return erased;
    }

    /// <summary>
    /// How texts written to others may have named the person: their name in the directory, the name on their profile, and their
    /// id, which texts show for a user the directory could not name. Two requests.
    /// </summary>
    public IReadOnlyList<string> NamesOf(Guid userId)
    {
        var names = new[]
        {
            userId.ToString("D", CultureInfo.InvariantCulture),
            User(userId) is { } user ? ColumnReader.Get<string>(user, SystemUser.FullName) : null,
            ProfileOf(userId) is { } profile ? ColumnReader.Get<string>(profile, Profile.Name) : null,
        };
        return names.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// One or two requests: records on the person's profile that their history was erased on <paramref name="day"/>, and that
    /// they are seen from that day on (so the evaluation gives a fresh start rather than judging days it can no longer see);
    /// with <paramref name="clearHistory"/> also clears the history it holds. A user without a profile gets one; false for no such user.
    /// </summary>
    public bool MarkErased(Guid userId, DateTime day, bool clearHistory)
    {
        var erasedOn = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        if (ProfileOf(userId) is not { } profile)
        {
            if (User(userId) is null)
            {
                return false;
            }

            var user = new EntityReference(SystemUser.EntityName, userId);
            _service.Create(new Entity(Profile.EntityName, ProfileRecord.IdOf(userId))
            {
                [Profile.UserId] = user,
                [Profile.OwnerId] = user,
                [Profile.FirstSeenOn] = erasedOn,
                [Profile.ErasedOn] = erasedOn,
            });
            return true;
        }

        var update = new Entity(Profile.EntityName, profile.Id) { [Profile.FirstSeenOn] = erasedOn, [Profile.ErasedOn] = erasedOn };
        if (clearHistory)
        {
            foreach (var column in HistoryColumns)
            {
                update[column] = null;
            }

            if (ColumnReader.GetChoice(profile, Profile.TierSource) != ProfileChoices.TierSourceExplicit)
            {
                update[Profile.Tier] = null;
                update[Profile.TierSource] = null;
            }
        }

        _service.Update(update);
        return true;
    }

    private Entity? User(Guid userId)
    {
        var query = new QueryExpression(SystemUser.EntityName) { ColumnSet = new ColumnSet(SystemUser.FullName), TopCount = 1 };
        query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.Equal, userId);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    private Entity? ProfileOf(Guid userId)
    {
        var query = new QueryExpression(Profile.EntityName) { ColumnSet = new ColumnSet(Profile.Name, Profile.TierSource), TopCount = 1 };
        query.Criteria.AddCondition(Profile.UserId, ConditionOperator.Equal, userId);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
