using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>What the user directory says about a person: name, job title, roles, manager, language.</summary>
public sealed class UserFacts
{
    public UserFacts(
        Guid userId,
        string fullName,
        string? jobTitle = null,
        IEnumerable<string>? roleNames = null,
        Guid? managerId = null,
        int? languageId = null,
        string? emailAddress = null)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A user needs an id.", nameof(userId));
        }

        UserId = userId;
        FullName = string.IsNullOrWhiteSpace(fullName) ? userId.ToString() : fullName.Trim();
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle!.Trim();
        RoleNames = (roleNames ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).ToArray();
        ManagerId = managerId == Guid.Empty ? null : managerId;
        LanguageId = languageId;
        EmailAddress = string.IsNullOrWhiteSpace(emailAddress) ? null : emailAddress!.Trim();
    }

    public Guid UserId { get; }

    public string FullName { get; }

    /// <summary>The first name for a greeting: the first word of the full name.</summary>
    public string FirstName => FullName.Split([' '], StringSplitOptions.RemoveEmptyEntries)[0];

    public string? JobTitle { get; }

    /// <summary>Names of the security roles the user holds directly or through a team.</summary>
    public IReadOnlyList<string> RoleNames { get; }

    /// <summary>The user's manager (systemuser.parentsystemuserid, dataverse-facts 5.5).</summary>
    public Guid? ManagerId { get; }

    /// <summary>The user's UI language (usersettings.uilanguageid), or null when unknown.</summary>
    public int? LanguageId { get; }

    public string? EmailAddress { get; }
}
