using System;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class ProfileUpdateTests
{
    private static readonly DateTime Today = new(2026, 11, 25);
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private readonly UserFacts _dana = People.Person("Dana Reyes");

    [Fact]
    public void UserSeenForTheFirstTimeWithoutActivity_GetsANewProfileFirstSeenToday()
    {
        var profile = ProfileUpdate.For(_dana, stored: null, [], Today);

        Assert.NotNull(profile);
        Assert.Equal((ProfileRecord.IdOf(_dana.Id), "Dana Reyes", Today, (DateTime?)null), (profile.Id, profile.Name, profile.FirstSeenOn, profile.FirstActivityOn));
    }

    [Fact]
    public void NewUserWhoseBackfilledActivityStartedEarlier_IsFirstSeenOnTheirFirstActiveDay()
    {
        var profile = ProfileUpdate.For(_dana, stored: null, ActivityDays.Of(_dana, Monday, Monday.AddDays(1).AddHours(5)), Today);

        Assert.Equal((Monday.Date, Monday, Monday.AddDays(1).AddHours(5)), (profile!.FirstSeenOn, profile.FirstActivityOn, profile.LastActivityOn));
    }

    [Fact]
    public void LongStandingUserSeenWhenTheProductIsInstalled_IsFirstSeenWhenTheirAccountWasCreated()
    {
        var created = new DateTime(2024, 3, 1);

        var profile = ProfileUpdate.For(_dana, stored: null, [], Today, knownSince: created);

        Assert.Equal(created, profile!.FirstSeenOn);
    }

    [Fact]
    public void AccountCreatedAfterItsFirstImportedActivity_IsFirstSeenOnThatActivity()
    {
        var profile = ProfileUpdate.For(_dana, stored: null, ActivityDays.Of(_dana, Monday), Today, knownSince: Today.AddDays(-1));

        Assert.Equal(Monday.Date, profile!.FirstSeenOn);
    }

    [Fact]
    public void RefreshOfLaterDays_MovesTheLastActivityAndKeepsTheEarlierFirst()
    {
        var stored = new ProfileActivity(Guid.NewGuid(), _dana.Id, "Dana Reyes", Monday.AddDays(-30), Monday);

        var profile = ProfileUpdate.For(_dana, stored, ActivityDays.Of(_dana, Monday.AddDays(2)), Today);

        Assert.Equal((stored.Id, false, Monday.AddDays(-30), Monday.AddDays(2)), (profile!.Id, profile.IsNew, profile.FirstActivityOn, profile.LastActivityOn));
    }

    [Fact]
    public void StoredProfileThatAlreadySaysItAll_IsNotWrittenAgain()
    {
        var stored = new ProfileActivity(Guid.NewGuid(), _dana.Id, "Dana Reyes", Monday, Monday.AddDays(2));

        var profile = ProfileUpdate.For(_dana, stored, ActivityDays.Of(_dana, Monday, Monday.AddDays(1)), Today);

        Assert.Null(profile);
    }

    [Fact]
    public void RenamedUser_GetsTheProfileRenamed()
    {
        var stored = new ProfileActivity(Guid.NewGuid(), _dana.Id, "Dana Smith", null, null);

        var profile = ProfileUpdate.For(_dana, stored, [], Today);

        Assert.Equal("Dana Reyes", profile!.Name);
    }
}
