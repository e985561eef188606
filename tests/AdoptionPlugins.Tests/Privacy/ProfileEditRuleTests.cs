using AdoptionPlugins.Adoption.Privacy;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

public sealed class ProfileEditRuleTests
{
    [Fact]
    public void OwnOptOut_IsAllowed() => Assert.Null(ProfileEditRule.WhyRefused(changesOnlyOptOut: true, isOwnProfile: true, isAdministrator: false));

    [Fact]
    public void SomeoneElsesOptOut_IsRefused() => Assert.NotNull(ProfileEditRule.WhyRefused(changesOnlyOptOut: true, isOwnProfile: false, isAdministrator: false));

    [Fact]
    public void OwnTier_IsRefused() => Assert.NotNull(ProfileEditRule.WhyRefused(changesOnlyOptOut: false, isOwnProfile: true, isAdministrator: false));

    [Fact]
    public void Administrator_ChangesAnything() => Assert.Null(ProfileEditRule.WhyRefused(changesOnlyOptOut: false, isOwnProfile: false, isAdministrator: true));
}
