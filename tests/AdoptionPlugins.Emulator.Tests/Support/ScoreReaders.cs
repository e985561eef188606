using System;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>
/// A score row (points 7, flag set, verdict "steady") owned by a user whose role creates, reads and writes every score and reads
/// users, and who holds no field security profile until a test gives them one.
/// </summary>
public sealed class ScoreReaders
{
    private static readonly SecurityRole ScoreKeeper = A.Role("Score keeper")
        .Granting(TestTables.Score, PrivilegeDepth.Global, AccessRight.Create, AccessRight.Read, AccessRight.Write)
        .Granting("systemuser", PrivilegeDepth.Global, AccessRight.Read)
        .Build();

    private readonly TestOrganization _org;

    public ScoreReaders(TestOrganization org)
    {
        _org = org;
        User = org.CreateUserWith(ScoreKeeper);
        As = org.ServiceFor(User);
        ScoreId = org.SystemService.Create(new Entity(TestTables.Score)
        {
            ["new_name"] = "mine",
            ["new_verdict"] = "steady",
            ["new_points"] = 7,
            ["new_flag"] = true,
            ["ownerid"] = new EntityReference("systemuser", User),
        });
    }

    public Guid User { get; }

    public IOrganizationService As { get; }

    public Guid ScoreId { get; }

    /// <summary>Adds a profile with these rights on the score table and gives it to the user.</summary>
    public FieldSecurityProfile Grant(params ColumnRights[] rights)
    {
        var profile = Profile(rights);
        _org.Database.Security.AddFieldSecurityProfileMember(profile.Id, User);
        return profile;
    }

    /// <summary>Adds a profile with these rights on the score table, held by no one yet.</summary>
    public FieldSecurityProfile Profile(params ColumnRights[] rights)
    {
        var profile = new FieldSecurityProfile { Id = Guid.NewGuid(), Name = "Scores", Permissions = [.. rights] };
        _org.Database.Security.AddFieldSecurityProfile(profile);
        return profile;
    }

    public static ColumnRights Read(string column) => ColumnRights.ReadOnly(TestTables.Score, column);

    public static ColumnRights All(string column) => ColumnRights.Full(TestTables.Score, column);
}
