using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>What the caller of the daily evaluation asked for: everyone, one user or one team, page size and dry run.</summary>
public sealed class EvaluationRequest
{
    public const int DefaultPageSize = 100;

    /// <summary>A page of 500 users stays near a thousand requests, well inside the 2-minute limit (dataverse-facts 1.2).</summary>
    public const int MaxPageSize = 500;

    public EvaluationRequest(int? pageSize = null, Guid? userId = null, Guid? teamId = null, bool dryRun = false)
    {
        PageSize = pageSize ?? DefaultPageSize;
        if (PageSize < 1 || PageSize > MaxPageSize)
        {
            throw new ArgumentException($"PageSize is {PageSize}; send 1 to {MaxPageSize}, or none for {DefaultPageSize}.", nameof(pageSize));
        }

        UserId = userId == Guid.Empty ? null : userId;
        TeamId = teamId == Guid.Empty ? null : teamId;
        if (UserId is not null && TeamId is not null)
        {
            throw new ArgumentException("UserId and TeamId are both set; evaluate one user or one team, or send neither for everyone.", nameof(teamId));
        }

        DryRun = dryRun;
    }

    public int PageSize { get; }

    /// <summary>Only this user, when set.</summary>
    public Guid? UserId { get; }

    /// <summary>Only the members of this team, when set.</summary>
    public Guid? TeamId { get; }

    /// <summary>Send nothing, even when sending is on; the message log shows who would get what.</summary>
    public bool DryRun { get; }

    /// <summary>True for the daily run over everyone: only that run ends with the sponsor digest.</summary>
    public bool IsWholeOrganization => UserId is null && TeamId is null;

    /// <summary>Ties a cursor to the request it was made for, so a cursor is never continued with another scope or page size.</summary>
    public string Fingerprint => Runs.Fingerprint.Of(string.Format(
        CultureInfo.InvariantCulture, "{0}|{1:N}|{2:N}|{3}", PageSize, UserId ?? Guid.Empty, TeamId ?? Guid.Empty, DryRun));
}
