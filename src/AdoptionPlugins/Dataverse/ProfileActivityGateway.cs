using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads and writes the columns of <c>adopt_adoptionprofile</c> that the roll-up keeps: name, first sight, first and last activity; the evaluation writes the rest.</summary>
public sealed class ProfileActivityGateway
{
    private static readonly string[] Columns = [AdoptionProfile.Name, AdoptionProfile.UserId, AdoptionProfile.FirstActivityOn, AdoptionProfile.LastActivityOn, AdoptionProfile.ErasedOn];

    private readonly IOrganizationService _service;

    public ProfileActivityGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>The stored profiles of these users, by user: one request per 5,000 users (dataverse-facts 4.5).</summary>
    public IReadOnlyDictionary<Guid, ProfileActivity> ReadForUsers(IReadOnlyCollection<Guid> userIds)
    {
        var ids = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToList();
        var profiles = new Dictionary<Guid, ProfileActivity>();
        for (var start = 0; start < ids.Count; start += QueryPaging.MaxPageSize)
        {
            var query = new QueryExpression(AdoptionProfile.EntityName) { ColumnSet = new ColumnSet(Columns) };
            query.Criteria.AddCondition(AdoptionProfile.UserId, ConditionOperator.In, ids.Skip(start).Take(QueryPaging.MaxPageSize).Cast<object>().ToArray());
            query.AddOrder(AdoptionProfile.PrimaryId, OrderType.Ascending);
            foreach (var profile in QueryPaging.All(_service, query).Select(FromRow).OfType<ProfileActivity>())
            {
                profiles[profile.UserId] = profile;
            }
        }

        return profiles;
    }

    /// <summary>
    /// One request: an upsert by the profile's id (the user's deterministic id for a new one), so two refreshes that see a new user
    /// at once write one row (dataverse-facts 4.2). A new profile is owned by its user, starts New and remembers the day first seen.
    /// </summary>
    public void Write(ProfileRecord profile) => _service.Execute(new UpsertRequest { Target = ToRow(profile) });

    public static Entity ToRow(ProfileRecord profile)
    {
        _ = profile ?? throw new ArgumentNullException(nameof(profile));
        var user = new EntityReference(SystemUser.EntityName, profile.UserId);
        var row = new Entity(AdoptionProfile.EntityName, profile.Id)
        {
            [AdoptionProfile.Name] = profile.Name,
            [AdoptionProfile.UserId] = user,
            [AdoptionProfile.FirstActivityOn] = profile.FirstActivityOn,
            [AdoptionProfile.LastActivityOn] = profile.LastActivityOn,
        };
        if (profile.FirstSeenOn is { } firstSeen)
        {
            row[AdoptionProfile.OwnerId] = user;
            row[AdoptionProfile.FirstSeenOn] = firstSeen;
            row[AdoptionProfile.State] = new OptionSetValue(ProfileChoices.StateNew);
            row[AdoptionProfile.StateSince] = firstSeen;
        }

        return row;
    }

    // A row without its user (a lookup cleared by hand) cannot be matched to anyone; it is left alone.
    private static ProfileActivity? FromRow(Entity row) =>
        ColumnReader.Get<EntityReference>(row, AdoptionProfile.UserId) is { } user
            ? new ProfileActivity(row.Id, user.Id, ColumnReader.Get<string>(row, AdoptionProfile.Name), ColumnReader.GetUtc(row, AdoptionProfile.FirstActivityOn), ColumnReader.GetUtc(row, AdoptionProfile.LastActivityOn), ColumnReader.GetValue<DateTime>(row, AdoptionProfile.ErasedOn))
            : null;
}
