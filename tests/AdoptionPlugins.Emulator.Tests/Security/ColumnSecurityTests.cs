using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Column-level security (dataverse-facts 7.1): secured columns come back empty without a profile that grants Read, the row's own
// user included; setting one needs Create or Update in a profile; SYSTEM and System Administrators need none.
public sealed class ColumnSecurityTests
{
    private const string Points = "new_points";
    private const string Flag = "new_flag";

    [Fact]
    public void OwnRowWithoutProfile_ComesBackWithoutSecuredColumns()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);

        var score = readers.As.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet(true));

        Assert.Equal("steady", score["new_verdict"]);
        Assert.False(score.Contains(Points));
        Assert.False(score.Contains(Flag));
    }

    [Fact]
    public void ProfileGrantingReadOnOneColumn_ShowsThatColumnOnly()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        readers.Grant(ScoreReaders.Read(Points));

        var score = readers.As.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet(Points, Flag));

        Assert.Equal(7, score[Points]);
        Assert.False(score.Contains(Flag));
    }

    [Fact]
    public void ProfileHeldThroughATeam_ShowsItsColumns()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        var team = org.CreateTeam(org.Database.RootBusinessUnitId, members: readers.User);
        org.Database.Security.AddFieldSecurityProfileTeam(readers.Profile(ScoreReaders.Read(Points)).Id, team);

        var score = readers.As.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet(Points));

        Assert.Equal(7, score[Points]);
    }

    [Fact]
    public void SystemAdministratorWithoutProfile_ReadsSecuredColumns()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);

        var score = org.Service.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet(Points, Flag));

        Assert.Equal(7, score[Points]);
        Assert.Equal(true, score[Flag]);
    }

    [Fact]
    public void QueryExpressionWithoutProfile_LeavesOutSecuredColumns()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);

        var score = readers.As.RetrieveMultiple(new QueryExpression(TestTables.Score) { ColumnSet = new ColumnSet(true) }).Entities.Single();

        Assert.Equal("mine", score["new_name"]);
        Assert.False(score.Contains(Points));
    }

    [Fact]
    public void FetchXmlWithoutProfile_LeavesOutSecuredColumns()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        var fetch = """<fetch><entity name="new_score"><attribute name="new_name" /><attribute name="new_points" /></entity></fetch>""";

        var score = readers.As.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

        Assert.Equal("mine", score["new_name"]);
        Assert.False(score.Contains(Points));
    }

    [Fact]
    public void LinkedSecuredColumnWithoutProfile_IsLeftOut()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        var fetch = $"""
            <fetch><entity name="systemuser"><attribute name="systemuserid" /><filter><condition attribute="systemuserid" operator="eq" value="{readers.User}" /></filter>
            <link-entity name="new_score" from="ownerid" to="systemuserid" alias="score"><attribute name="new_name" /><attribute name="new_points" /></link-entity></entity></fetch>
            """;

        var user = readers.As.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

        Assert.Equal("mine", user.GetAttributeValue<AliasedValue>("score.new_name").Value);
        Assert.False(user.Contains("score.new_points"));
    }

    // Whether the platform filters on a value the caller cannot read is UNVERIFIED; the emulator treats it as empty, so a filter
    // cannot reveal it.
    [Fact]
    public void FilterOnSecuredValueWithoutProfile_MatchesAsIfEmpty()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        var query = new QueryExpression(TestTables.Score) { ColumnSet = new ColumnSet("new_name") };
        query.Criteria.AddCondition(Points, ConditionOperator.Equal, 7);

        var rows = readers.As.RetrieveMultiple(query).Entities;

        Assert.Empty(rows);
    }

    [Fact]
    public void AggregateOverSecuredColumnWithoutProfile_HasNoValue()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        var fetch = """<fetch aggregate="true"><entity name="new_score"><attribute name="new_points" alias="total" aggregate="sum" /></entity></fetch>""";

        var result = readers.As.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

        Assert.Null(result.GetAttributeValue<AliasedValue>("total")?.Value);
    }

    [Fact]
    public void AggregateOverSecuredColumnWithReadProfile_SumsTheValues()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        readers.Grant(ScoreReaders.Read(Points));
        var fetch = """<fetch aggregate="true"><entity name="new_score"><attribute name="new_points" alias="total" aggregate="sum" /></entity></fetch>""";

        var result = readers.As.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

        Assert.Equal(7, result.GetAttributeValue<AliasedValue>("total").Value);
    }

    [Fact]
    public void CreateSettingSecuredColumnWithoutCreateRight_FaultsWithThePlatformCode()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        readers.Grant(ScoreReaders.Read(Points));

        var fault = FaultAssert.Throws(ErrorCodes.AttributePrivilegeCreateIsMissing, () => readers.As.Create(new Entity(TestTables.Score) { ["new_name"] = "new", [Points] = 3 }));

        Assert.Contains("'new_points' of 'new_score'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateLeavingSecuredColumnsOut_Succeeds()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);

        var id = readers.As.Create(new Entity(TestTables.Score) { ["new_name"] = "new", [Points] = null });

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void UpdateOfSecuredColumnWithoutUpdateRight_FaultsAndLeavesTheRow()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        readers.Grant(ScoreReaders.Read(Points));

        FaultAssert.Throws(ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate, () => readers.As.Update(new Entity(TestTables.Score, readers.ScoreId) { ["new_name"] = "renamed", [Points] = 99 }));

        var score = org.SystemService.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet("new_name", Points));
        Assert.Equal(("mine", 7), ((string)score["new_name"], (int)score[Points]));
    }

    [Fact]
    public void UpdateOfSecuredColumnWithUpdateRight_Succeeds()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);
        readers.Grant(ScoreReaders.All(Flag));

        readers.As.Update(new Entity(TestTables.Score, readers.ScoreId) { [Flag] = false });

        Assert.Equal(false, readers.As.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet(Flag))[Flag]);
    }

    [Fact]
    public void UpdateOfUnsecuredColumnsOnly_NeedsNoProfile()
    {
        using var org = new TestOrganization();
        var readers = new ScoreReaders(org);

        readers.As.Update(new Entity(TestTables.Score, readers.ScoreId) { ["new_verdict"] = "better" });

        Assert.Equal("better", readers.As.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet("new_verdict"))["new_verdict"]);
    }

    [Fact]
    public void WithEnforcementOff_SecuredColumnsComeBack()
    {
        using var org = new TestOrganization(security: new() { Enforce = false });
        var readers = new ScoreReaders(org);

        var score = readers.As.Retrieve(TestTables.Score, readers.ScoreId, new ColumnSet(Points));

        Assert.Equal(7, score[Points]);
    }

    [Fact]
    public void MemberOfAnUnknownProfile_IsRefusedWithTheFix()
    {
        using var org = new TestOrganization();
        var profileId = Guid.NewGuid();

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AddFieldSecurityProfileMember(profileId, org.UserId));

        Assert.Equal($"No field security profile has id {profileId}; add it with AddFieldSecurityProfile or LoadFieldSecurityProfiles first.", error.Message);
    }

    [Fact]
    public void ProfileAddedTwice_IsRefused()
    {
        using var org = new TestOrganization();
        var profile = new ScoreReaders(org).Profile(ScoreReaders.Read(Points));

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AddFieldSecurityProfile(profile with { Name = "Copy" }));

        Assert.Contains("'Copy' needs its own id", error.Message, StringComparison.Ordinal);
    }
}
