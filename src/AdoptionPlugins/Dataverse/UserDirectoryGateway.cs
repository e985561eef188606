using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads the user directory: who counts as a person (systemuser) and in which time zone (usersettings).</summary>
public sealed class UserDirectoryGateway
{
    private static readonly string[] UserColumns =
        [SystemUser.FullName, SystemUser.AccessMode, SystemUser.ApplicationId, SystemUser.IsDisabled, SystemUser.IsLicensed, RecordColumns.CreatedOn];

    private readonly IOrganizationService _service;

    public UserDirectoryGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Adds these users to <paramref name="directory"/>: two requests per 5,000 users (systemuser, then usersettings).</summary>
    public void Load(LoadedUserDirectory directory, IEnumerable<Guid> userIds)
    {
        _ = directory ?? throw new ArgumentNullException(nameof(directory));
        var missing = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Where(id => directory.Find(id) is null).Distinct().ToList();
        for (var start = 0; start < missing.Count; start += QueryPaging.MaxPageSize)
        {
            var batch = missing.Skip(start).Take(QueryPaging.MaxPageSize).Cast<object>().ToArray();
            var users = new QueryExpression(SystemUser.EntityName) { ColumnSet = new ColumnSet(UserColumns) };
            users.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.In, batch);
            foreach (var row in _service.RetrieveMultiple(users).Entities)
            {
                directory.Add(FromRow(row));
            }

            var settings = new QueryExpression(UserSettings.EntityName) { ColumnSet = new ColumnSet(UserSettings.TimeZoneCode) };
            settings.Criteria.AddCondition(UserSettings.SystemUserId, ConditionOperator.In, batch);
            foreach (var row in _service.RetrieveMultiple(settings).Entities)
            {
                if (ColumnReader.GetValue<int>(row, UserSettings.TimeZoneCode) is { } code)
                {
                    directory.SetTimeZone(row.Id, code);
                }
            }
        }
    }

    /// <summary>One page of all users, for a reconcile of everyone: the ids and the cookie of the next page.</summary>
    public RowPage<Guid> ReadUserPage(int pageSize, int pageNumber, string? pagingCookie)
    {
        var query = new QueryExpression(SystemUser.EntityName)
        {
            ColumnSet = new ColumnSet(false),
            PageInfo = new PagingInfo { Count = pageSize, PageNumber = pageNumber, PagingCookie = pagingCookie },
        };
        query.AddOrder(SystemUser.PrimaryId, OrderType.Ascending);
        var page = _service.RetrieveMultiple(query);
        return new RowPage<Guid>(page.Entities.Select(row => row.Id).ToList(), page.MoreRecords, page.PagingCookie);
    }

    public static UserFacts FromRow(Entity row)
    {
        _ = row ?? throw new ArgumentNullException(nameof(row));
        return new UserFacts(
            row.Id,
            ColumnReader.Get<string>(row, SystemUser.FullName),
            AccessModeOf(ColumnReader.GetChoice(row, SystemUser.AccessMode)),
            isApplicationUser: ColumnReader.GetValue<Guid>(row, SystemUser.ApplicationId) is { } app && app != Guid.Empty,
            isDisabled: ColumnReader.GetValue<bool>(row, SystemUser.IsDisabled) ?? false,
            isLicensed: ColumnReader.GetValue<bool>(row, SystemUser.IsLicensed) ?? false,
            createdOnUtc: ColumnReader.GetUtc(row, RecordColumns.CreatedOn));
    }

    private static UserAccessMode AccessModeOf(int? accessMode) => accessMode switch
    {
        SystemUser.AccessModeAdministrative => UserAccessMode.Administrative,
        SystemUser.AccessModeRead => UserAccessMode.Read,
        SystemUser.AccessModeSupportUser => UserAccessMode.SupportUser,
        SystemUser.AccessModeNonInteractive => UserAccessMode.NonInteractive,
        SystemUser.AccessModeDelegatedAdmin => UserAccessMode.DelegatedAdmin,
        _ => UserAccessMode.ReadWrite,
    };
}
