using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AdoptionPlugins.Adoption.Capture.Reconcile;

/// <summary>
/// What to reconcile: some users or everyone, over a range of local days, in pages of a bounded size. Bad input is refused
/// with a message that says what to send instead.
/// </summary>
public sealed class ReconcileRequest
{
    public const int DefaultPageSize = 250;

    /// <summary>Each source row costs at most three upserts (logged, completed or won, worked), so 500 rows stay near 1,500 requests.</summary>
    public const int MaxPageSize = 500;

    public const int MaxDays = 366;
    public const int MaxUsers = 100;

    /// <summary>At most this many user-days are rolled up per page, so a page writes about a thousand rows at most.</summary>
    public const int UserDaysPerPage = 1000;

    public ReconcileRequest(IReadOnlyCollection<Guid>? userIds, DateTime fromDay, DateTime toDay, int? pageSize = null)
    {
        var users = (userIds ?? []).Distinct().ToList();
        if (users.Contains(Guid.Empty))
        {
            throw new ArgumentException("UserIds holds an empty id; send systemuser ids, or none for every user.", nameof(userIds));
        }

        if (users.Count > MaxUsers)
        {
            throw new ArgumentException($"UserIds names {users.Count} users; send at most {MaxUsers}, or none to reconcile every user.", nameof(userIds));
        }

        if (toDay.Date < fromDay.Date)
        {
            throw new ArgumentException($"ToDate {toDay:yyyy-MM-dd} is before FromDate {fromDay:yyyy-MM-dd}.", nameof(toDay));
        }

        Days = new LocalDayRange(fromDay, toDay);
        if (Days.DayCount > MaxDays)
        {
            throw new ArgumentException($"The range has {Days.DayCount} days; reconcile at most {MaxDays} days per run.", nameof(toDay));
        }

        PageSize = pageSize ?? DefaultPageSize;
        if (PageSize < 1 || PageSize > MaxPageSize)
        {
            throw new ArgumentException($"PageSize is {PageSize}; send 1 to {MaxPageSize}, or none for {DefaultPageSize}.", nameof(pageSize));
        }

        UserIds = users.OrderBy(id => id).ToList();
    }

    /// <summary>The users to reconcile, in a fixed order; empty means every user.</summary>
    public IReadOnlyList<Guid> UserIds { get; }

    public bool AllUsers => UserIds.Count == 0;

    public LocalDayRange Days { get; }

    /// <summary>Source rows per page.</summary>
    public int PageSize { get; }

    /// <summary>Users rolled up per page: as many as keep users times days within <see cref="UserDaysPerPage"/>.</summary>
    public int UsersPerPage => Math.Max(1, Math.Min(PageSize, UserDaysPerPage / Days.DayCount));

    /// <summary>Ties a cursor to the request it was made for, so a cursor is never continued with other users or days.</summary>
    public string Fingerprint
    {
        get
        {
            var text = string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd}|{1:yyyy-MM-dd}|{2}|{3}", Days.First, Days.Last, PageSize, string.Join(",", UserIds));
            return DeterministicGuid.Create("reconcile:" + text).ToString("N", CultureInfo.InvariantCulture).Substring(0, 8);
        }
    }
}
