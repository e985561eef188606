using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Tests.Support;

/// <summary>An in-memory user directory holding exactly the users a test names.</summary>
public sealed class UserDirectory : IUserDirectory
{
    private readonly Dictionary<Guid, UserFacts> _users;

    public UserDirectory(params UserFacts[] users)
    {
        _users = users.ToDictionary(user => user.Id);
    }

    public UserFacts? Find(Guid userId) => _users.GetValueOrDefault(userId);
}
