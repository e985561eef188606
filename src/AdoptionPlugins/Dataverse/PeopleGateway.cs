using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Reads the people the evaluation judges from the user directory (systemuser, usersettings, roles): pages of users, named
/// users, and the whole directory as an org chart. Accounts that never count as a person (application users, SYSTEM,
/// non-interactive, disabled, unlicensed: the capture rule) are left out.
/// </summary>
public sealed class PeopleGateway
{
    private static readonly string[] Columns =
    [
        SystemUser.FullName, SystemUser.JobTitle, SystemUser.ManagerId, SystemUser.EmailAddress, RecordColumns.CreatedOn,
        SystemUser.AccessMode, SystemUser.ApplicationId, SystemUser.IsDisabled, SystemUser.IsLicensed,
    ];

    private const string RoleAlias = "heldrole";

    private readonly IOrganizationService _service;

    public PeopleGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>
    /// The next users after <paramref name="after"/> in id order, at most <paramref name="pageSize"/> rows read (one request);
    /// people among them come back with their roles and language (three more). The last id read is where the next page starts.
    /// </summary>
    public PeoplePage ReadPage(Guid? after, int pageSize)
    {
        var query = UserQuery();
        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 };
        if (after is { } last)
        {
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.GreaterThan, last);
        }

        query.AddOrder(SystemUser.PrimaryId, OrderType.Ascending);
        var rows = _service.RetrieveMultiple(query);
        var people = Complete(rows.Entities.Where(CountsAsPerson).ToList());
        return new PeoplePage(people, rows.Entities.Count == 0 ? after : rows.Entities[rows.Entities.Count - 1].Id, rows.MoreRecords);
    }

    /// <summary>These users, those who count as people, with roles and language: four requests per 5,000.</summary>
    public IReadOnlyList<Person> Read(IEnumerable<Guid> userIds) =>
        Complete(Batches(userIds).SelectMany(batch =>
        {
            var query = UserQuery();
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.In, batch);
            return _service.RetrieveMultiple(query).Entities;
        }).Where(CountsAsPerson).ToList());

    /// <summary>Everyone who counts as a person, with name and manager only: the org chart. One request per 5,000 users.</summary>
    public IReadOnlyList<UserFacts> ReadDirectory() =>
        QueryPaging.All(_service, UserQuery()).Where(CountsAsPerson)
            .Select(row => new UserFacts(row.Id, ColumnReader.Get<string>(row, SystemUser.FullName) ?? string.Empty, managerId: ManagerOf(row)))
            .ToList();

    /// <summary>The members of a team (teammembership), in id order.</summary>
    public IReadOnlyList<Guid> TeamMembers(Guid teamId)
    {
        var query = new QueryExpression(SecurityRoles.TeamMembership) { ColumnSet = new ColumnSet(SecurityRoles.UserId) };
        query.Criteria.AddCondition(SecurityRoles.TeamId, ConditionOperator.Equal, teamId);
        return QueryPaging.All(_service, query).Select(row => ColumnReader.GetValue<Guid>(row, SecurityRoles.UserId)).OfType<Guid>().Distinct().OrderBy(id => id).ToList();
    }

    /// <summary>The users' UI languages (usersettings.uilanguageid); one request per 5,000.</summary>
    public IReadOnlyDictionary<Guid, int> Languages(IEnumerable<Guid> userIds)
    {
        var languages = new Dictionary<Guid, int>();
        foreach (var batch in Batches(userIds))
        {
            var query = new QueryExpression(UserSettings.EntityName) { ColumnSet = new ColumnSet(UserSettings.UiLanguageId) };
            query.Criteria.AddCondition(UserSettings.SystemUserId, ConditionOperator.In, batch);
            foreach (var row in _service.RetrieveMultiple(query).Entities)
            {
                if (ColumnReader.GetValue<int>(row, UserSettings.UiLanguageId) is { } language)
                {
                    languages[row.Id] = language;
                }
            }
        }

        return languages;
    }

    private static QueryExpression UserQuery()
    {
        var query = new QueryExpression(SystemUser.EntityName) { ColumnSet = new ColumnSet(Columns) };
        query.Criteria.AddCondition(SystemUser.IsDisabled, ConditionOperator.Equal, false);
        return query;
    }

    private static bool CountsAsPerson(Entity row) => UserDirectoryGateway.FromRow(row).WhyNotCounted() is null;

    private static Guid? ManagerOf(Entity row) => ColumnReader.Get<EntityReference>(row, SystemUser.ManagerId)?.Id;

    private static IEnumerable<object[]> Batches(IEnumerable<Guid> userIds)
    {
        var ids = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToList();
        for (var start = 0; start < ids.Count; start += QueryPaging.MaxPageSize)
        {
            yield return ids.Skip(start).Take(QueryPaging.MaxPageSize).Cast<object>().ToArray();
        }
    }

    /// <summary>The names of one user's roles, held directly or through a team: two requests.</summary>
    public IReadOnlyList<string> RoleNamesOf(Guid userId)
    {
        var roles = new Dictionary<Guid, List<string>> { [userId] = [] };
        object[] batch = [userId];
        AddRoles(roles, DirectRoles(batch));
        AddRoles(roles, TeamRoles(batch));
        return roles[userId];
    }

    // Roles held directly (systemuserroles) and through teams (teammembership, teamroles): two requests per 5,000 users.
    private List<Person> Complete(IReadOnlyList<Entity> rows)
    {
        var ids = rows.Select(row => row.Id).ToList();
        var languages = Languages(ids);
        var roles = ids.ToDictionary(id => id, _ => new List<string>());
        foreach (var batch in Batches(ids))
        {
            AddRoles(roles, DirectRoles(batch));
            AddRoles(roles, TeamRoles(batch));
        }

        return rows.Select(row => new Person(
                new UserFacts(
                    row.Id,
                    ColumnReader.Get<string>(row, SystemUser.FullName) ?? string.Empty,
                    ColumnReader.Get<string>(row, SystemUser.JobTitle),
                    roles[row.Id].Distinct(StringComparer.OrdinalIgnoreCase),
                    ManagerOf(row),
                    languages.TryGetValue(row.Id, out var language) ? language : null,
                    ColumnReader.Get<string>(row, SystemUser.EmailAddress)),
                ColumnReader.GetValue<DateTime>(row, RecordColumns.CreatedOn) ?? DateTime.MinValue))
            .ToList();
    }

    // systemuserroles and teammembership are read as the primary table, so every row names its user (dataverse-facts 7.1).
    private static QueryExpression DirectRoles(object[] userIds)
    {
        var query = new QueryExpression(SecurityRoles.UserRoles) { ColumnSet = new ColumnSet(SecurityRoles.UserId) };
        query.Criteria.AddCondition(SecurityRoles.UserId, ConditionOperator.In, userIds);
        RoleName(query.AddLink(SecurityRoles.RoleEntityName, SecurityRoles.RoleId, SecurityRoles.RoleId));
        return query;
    }

    private static QueryExpression TeamRoles(object[] userIds)
    {
        var query = new QueryExpression(SecurityRoles.TeamMembership) { ColumnSet = new ColumnSet(SecurityRoles.UserId) };
        query.Criteria.AddCondition(SecurityRoles.UserId, ConditionOperator.In, userIds);
        var teamRoles = query.AddLink(SecurityRoles.TeamRoles, SecurityRoles.TeamId, SecurityRoles.TeamId);
        RoleName(teamRoles.AddLink(SecurityRoles.RoleEntityName, SecurityRoles.RoleId, SecurityRoles.RoleId));
        return query;
    }

    private static void RoleName(LinkEntity role)
    {
        role.EntityAlias = RoleAlias;
        role.Columns = new ColumnSet(SecurityRoles.RoleName);
    }

    private void AddRoles(Dictionary<Guid, List<string>> roles, QueryExpression query)
    {
        foreach (var row in QueryPaging.All(_service, query))
        {
            var name = row.GetAttributeValue<AliasedValue>(RoleAlias + "." + SecurityRoles.RoleName)?.Value as string;
            if (ColumnReader.GetValue<Guid>(row, SecurityRoles.UserId) is { } userId && name is not null && roles.TryGetValue(userId, out var list))
            {
                list.Add(name);
            }
        }
    }
}
