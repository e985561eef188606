using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Builds a licensed, enabled, read-write user in a business unit.</summary>
public sealed class UserBuilder
{
    private readonly Entity _user;

    public UserBuilder(Guid businessUnitId)
    {
        _user = new Entity("systemuser")
        {
            ["domainname"] = $"user{Guid.NewGuid():N}@contoso.test",
            ["firstname"] = "Ada",
            ["lastname"] = "Lovelace",
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
            ["islicensed"] = true,
        };
    }

    public UserBuilder ManagedBy(Guid? managerId)
    {
        _user["parentsystemuserid"] = managerId is { } id ? new EntityReference("systemuser", id) : null;
        return this;
    }

    public Entity Build() => _user;
}
