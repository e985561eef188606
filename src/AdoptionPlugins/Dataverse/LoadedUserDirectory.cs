using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Dataverse;

/// <summary>The users one reconcile page read from systemuser and usersettings: their facts and time zone codes.</summary>
public sealed class LoadedUserDirectory : IUserDirectory
{
    private readonly Dictionary<Guid, UserFacts> _users = [];
    private readonly Dictionary<Guid, int> _timeZoneCodes = [];

    public IReadOnlyCollection<Guid> UserIds => _users.Keys;

    public UserFacts? Find(Guid userId) => _users.TryGetValue(userId, out var user) ? user : null;

    /// <summary>The user's usersettings.timezonecode, or null when the user has no settings row.</summary>
    public int? TimeZoneCodeOf(Guid userId) => _timeZoneCodes.TryGetValue(userId, out var code) ? code : null;

    public void Add(UserFacts user)
    {
        _ = user ?? throw new ArgumentNullException(nameof(user));
        _users[user.Id] = user;
    }

    public void SetTimeZone(Guid userId, int timeZoneCode) => _timeZoneCodes[userId] = timeZoneCode;
}
