using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// The directory capture can afford without a request: the names on the row's references, plus the initiating user when the
/// platform says it is an application user (dataverse-facts 1.5). Flags only the systemuser row holds are checked again at roll-up.
/// </summary>
public sealed class ReferenceDirectory : IUserDirectory
{
    private readonly Dictionary<Guid, string?> _names = [];
    private readonly Guid? _applicationUserId;

    public ReferenceDirectory(ActivityFacts facts, Guid? applicationUserId = null)
    {
        _ = facts ?? throw new ArgumentNullException(nameof(facts));
        foreach (var reference in new[] { facts.Owner, facts.CreatedBy, facts.CreatedOnBehalfBy, facts.ModifiedBy, facts.ModifiedOnBehalfBy })
        {
            if (reference is { IsTeam: false } && (!_names.TryGetValue(reference.Id, out var known) || known is null))
            {
                _names[reference.Id] = reference.Name;
            }
        }

        _applicationUserId = applicationUserId == Guid.Empty ? null : applicationUserId;
    }

    public UserFacts? Find(Guid userId)
    {
        _names.TryGetValue(userId, out var name);
        return userId == _applicationUserId
            ? new UserFacts(userId, name, isApplicationUser: true, isVerified: false)
            : UserFacts.FromName(userId, name);
    }
}
