using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

/// <summary>systemuser.fullname is the platform's: composed from first and last name, never taken from the caller.</summary>
public sealed class UserFullNameTests
{
    [Fact]
    public void CreatedUser_IsNamedFirstNameThenLastName()
    {
        using var org = new TestOrganization();

        var id = org.CreateUser();

        Assert.Equal("Ada Lovelace", FullNameOf(org, id));
    }

    [Fact]
    public void RenamedUser_GetsTheNewFullName()
    {
        using var org = new TestOrganization();
        var id = org.CreateUser();

        org.Service.Update(new Entity("systemuser", id) { ["lastname"] = "King" });

        Assert.Equal("Ada King", FullNameOf(org, id));
    }

    [Fact]
    public void FullNameSentByTheCaller_IsIgnored()
    {
        using var org = new TestOrganization();
        var user = A.User(org.Database.RootBusinessUnitId).Build();
        user["fullname"] = "Countess of Lovelace";

        var id = org.Service.Create(user);

        Assert.Equal("Ada Lovelace", FullNameOf(org, id));
    }

    [Fact]
    public void UserWithOnlyALastName_IsNamedByIt()
    {
        using var org = new TestOrganization();
        var user = A.User(org.Database.RootBusinessUnitId).Build();
        user.Attributes.Remove("firstname");

        var id = org.Service.Create(user);

        Assert.Equal("Lovelace", FullNameOf(org, id));
    }

    private static string FullNameOf(TestOrganization org, System.Guid id) =>
        org.Service.Retrieve("systemuser", id, new ColumnSet("fullname")).GetAttributeValue<string>("fullname");
}
