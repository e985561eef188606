using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class ConditionOperatorTests
{
    private static readonly string[] Subjects = ["One", "Two", "Three"];

    public static TheoryData<string, ConditionOperator, object[], string[]> Cases { get; } = new()
    {
        { "actualdurationminutes", ConditionOperator.Equal, [20], ["Beta meeting"] },
        { "actualdurationminutes", ConditionOperator.NotEqual, [20], ["Alpha call", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.GreaterThan, [10], ["Beta meeting", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.GreaterEqual, [20], ["Beta meeting", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.LessThan, [30], ["Alpha call", "Beta meeting"] },
        { "actualdurationminutes", ConditionOperator.LessEqual, [10], ["Alpha call"] },
        { "actualdurationminutes", ConditionOperator.In, [10, 30], ["Alpha call", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.NotIn, [10], ["Beta meeting", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.Null, [], ["Delta"] },
        { "actualdurationminutes", ConditionOperator.NotNull, [], ["Alpha call", "Beta meeting", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.Between, [15, 30], ["Beta meeting", "gamma call"] },
        { "actualdurationminutes", ConditionOperator.NotBetween, [15, 30], ["Alpha call"] },
        { "subject", ConditionOperator.Equal, ["ALPHA CALL"], ["Alpha call"] },
        { "subject", ConditionOperator.In, ["ALPHA CALL", "delta", "Epsilon"], ["Alpha call", "Delta"] },
        { "subject", ConditionOperator.In, ["ALPHA CALL", "GAMMA CALL", "b", "c", "d", "e", "f", "g", "h"], ["Alpha call", "gamma call"] },
        { "subject", ConditionOperator.Like, ["%CALL"], ["Alpha call", "gamma call"] },
        { "subject", ConditionOperator.Like, ["_eta%"], ["Beta meeting"] },
        { "subject", ConditionOperator.NotLike, ["%call"], ["Beta meeting", "Delta"] },
        { "subject", ConditionOperator.BeginsWith, ["al"], ["Alpha call"] },
        { "subject", ConditionOperator.EndsWith, ["MEETING"], ["Beta meeting"] },
        { "scheduledend", ConditionOperator.On, [new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc)], ["Beta meeting"] },
        { "scheduledend", ConditionOperator.OnOrAfter, [new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc)], ["Beta meeting", "gamma call"] },
        { "scheduledend", ConditionOperator.OnOrBefore, [new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc)], ["Alpha call", "Beta meeting"] },
        { "scheduledend", ConditionOperator.GreaterThan, [new DateTime(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc)], ["gamma call"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Operator_ReturnsMatchingRowsWithSqlNullSemantics(string column, ConditionOperator op, object[] values, string[] expected)
    {
        using var org = new TestOrganization();
        SeedTasks(org.Service);

        var subjects = org.Service.Subjects(Queries.Tasks(new ConditionExpression(column, op, values)));

        Assert.Equal(expected, subjects);
    }

    [Fact]
    public void EqualUserIdAndNotEqualUserId_SplitByCaller()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Create(A.Task().WithSubject("Mine").Build());
        org.Service.Create(A.Task().WithSubject("Theirs").OwnedBy(other).Build());

        var mine = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.EqualUserId)));
        var theirs = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.NotEqualUserId)));

        Assert.Equal(["Mine"], mine);
        Assert.Equal(["Theirs"], theirs);
    }

    [Fact]
    public void InOnThePrimaryIdOrALookup_FindsTheRowsOfTheListedIdsOnly()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        var ids = Subjects.Select(subject => org.Service.Create(A.Task().WithSubject(subject).OwnedBy(other).Build())).ToArray();

        var byId = org.Service.Subjects(Queries.Tasks(new ConditionExpression("activityid", ConditionOperator.In, ids[0], ids[2], Guid.NewGuid(), ids[0])));
        var byOwner = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.In, new EntityReference("systemuser", other), org.UserId)));

        Assert.Equal(["One", "Three"], byId);
        Assert.Equal(["One", "Three", "Two"], byOwner);
    }

    [Fact]
    public void LookupCondition_ComparesReferenceOrGuidById()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Create(A.Task().WithSubject("Theirs").OwnedBy(other).Build());

        var byReference = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.Equal, new EntityReference("systemuser", other))));
        var byGuid = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.Equal, other)));

        Assert.Equal(["Theirs"], byReference);
        Assert.Equal(["Theirs"], byGuid);
    }

    [Fact]
    public void LongInListOfIds_MatchesLookupsById()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Create(A.Task().WithSubject("Theirs").OwnedBy(other).Build());
        var ids = Enumerable.Range(0, 20).Select(_ => (object)Guid.NewGuid()).Append(other).ToArray();

        var found = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.In, ids)));

        Assert.Equal(["Theirs"], found);
    }

    [Fact]
    public void ChoiceAndMoneyConditions_CompareByValue()
    {
        using var org = new TestOrganization();
        org.Service.Create(new Entity("opportunity") { ["name"] = "Small", ["estimatedvalue"] = new Money(50m) });
        org.Service.Create(new Entity("opportunity") { ["name"] = "Large", ["estimatedvalue"] = new Money(500m), ["statuscode"] = new OptionSetValue(2) });
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("estimatedvalue", ConditionOperator.GreaterThan, new Money(100m));
        query.Criteria.AddCondition("statuscode", ConditionOperator.Equal, new OptionSetValue(2));

        var result = org.Service.RetrieveMultiple(query);

        Assert.Equal("Large", Assert.Single(result.Entities)["name"]);
    }

    [Fact]
    public void NestedOrFilter_CombinesWithAnd()
    {
        using var org = new TestOrganization();
        SeedTasks(org.Service);
        var query = Queries.Tasks(new ConditionExpression("subject", ConditionOperator.Like, "%call"));
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("actualdurationminutes", ConditionOperator.Equal, 10);
        either.AddCondition("actualdurationminutes", ConditionOperator.Equal, 20);

        var subjects = org.Service.Subjects(query);

        Assert.Equal(["Alpha call"], subjects);
    }

    [Fact]
    public void UnknownColumnInCondition_FaultsNamingTableAndColumn()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => org.Service.RetrieveMultiple(Queries.Tasks(new ConditionExpression("foo", ConditionOperator.Equal, 1))));

        Assert.Contains("'task' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConditionOperator.Under, new[] { "vp", "rep" })]
    [InlineData(ConditionOperator.UnderOrEqual, new[] { "ceo", "vp", "rep" })]
    public void UnderOperators_FollowTheManagerHierarchy(ConditionOperator op, string[] expected)
    {
        using var org = new TestOrganization();
        var (ceo, _, _) = SeedHierarchy(org);

        var names = UserTitles(org, new ConditionExpression("systemuserid", op, ceo));

        Assert.Equal(expected.Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [InlineData(ConditionOperator.Above, new[] { "ceo", "vp" })]
    [InlineData(ConditionOperator.AboveOrEqual, new[] { "ceo", "vp", "rep" })]
    public void AboveOperators_FollowTheManagerHierarchy(ConditionOperator op, string[] expected)
    {
        using var org = new TestOrganization();
        var (_, _, rep) = SeedHierarchy(org);

        var names = UserTitles(org, new ConditionExpression("systemuserid", op, rep));

        Assert.Equal(expected.Order(StringComparer.Ordinal), names);
    }

    private static void SeedTasks(IOrganizationService service)
    {
        service.Create(A.Task().WithSubject("Alpha call").Taking(10).DueOn(new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc)).Build());
        service.Create(A.Task().WithSubject("Beta meeting").Taking(20).DueOn(new DateTime(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc)).Build());
        service.Create(A.Task().WithSubject("gamma call").Taking(30).DueOn(new DateTime(2026, 3, 3, 8, 0, 0, DateTimeKind.Utc)).Build());
        service.Create(A.Task().WithSubject("Delta").Build());
    }

    private static (Guid Ceo, Guid Vp, Guid Rep) SeedHierarchy(TestOrganization org)
    {
        var ceo = org.CreateUser();
        var vp = org.CreateUser(managerId: ceo);
        var rep = org.CreateUser(managerId: vp);
        org.Service.Update(new Entity("systemuser", ceo) { ["title"] = "ceo" });
        org.Service.Update(new Entity("systemuser", vp) { ["title"] = "vp" });
        org.Service.Update(new Entity("systemuser", rep) { ["title"] = "rep" });
        return (ceo, vp, rep);
    }

    private static string[] UserTitles(TestOrganization org, ConditionExpression condition)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("title") };
        query.Criteria.AddCondition(condition);
        return [.. org.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("title")).Order(StringComparer.Ordinal)];
    }
}
