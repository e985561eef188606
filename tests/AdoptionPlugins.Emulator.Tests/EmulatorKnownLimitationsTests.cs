using System;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Metadata;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

// Each test pins what the emulator does where it knowingly differs from Dataverse; the comment says what the platform does.
public sealed class EmulatorKnownLimitationsTests
{
    // Dataverse: two concurrent upserts of the same new key can both take the create path; the loser gets a
    // duplicate-key fault (dataverse-facts 4.2). With no Create or Update step on the table the emulator upserts in one
    // store operation, so every upsert succeeds; with one, the upsert runs through the pipeline and can lose the race.
    [Fact]
    public void ConcurrentUpsertsOfOneNewKey_AllSucceed()
    {
        using var org = new TestOrganization();
        var day = new DateTime(2026, 3, 2);
        var created = 0;

        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = A.Usage().BuildKeyed(org.UserId, day) });
            if (response.RecordCreated)
            {
                Interlocked.Increment(ref created);
            }
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());

        Assert.Equal(1, created);
    }

    // Dataverse: On/OnOrAfter/OnOrBefore compare dates in the calling user's time zone (usersettings.timezonecode).
    // The emulator compares UTC dates.
    [Fact]
    public void OnOperator_ComparesUtcDates()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().DueOn(new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Utc)).Build());

        var result = org.Service.RetrieveMultiple(Queries.Tasks(new ConditionExpression("scheduledend", ConditionOperator.On, new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc))));

        Assert.Single(result.Entities);
    }

    // Dataverse: deleting a row applies the relationship's cascade (delete children or clear the lookup).
    // The emulator removes only the row; lookups pointing at it stay.
    [Fact]
    public void DeleteOfReferencedRow_LeavesLookupsInPlace()
    {
        using var org = new TestOrganization();
        var opportunity = org.Service.Create(new Entity("opportunity") { ["name"] = "Gone" });
        var task = org.Service.Create(A.Task().With("regardingobjectid", new EntityReference("opportunity", opportunity)).Build());

        org.Service.Delete("opportunity", opportunity);

        Assert.True(org.Service.Retrieve("task", task, new ColumnSet("regardingobjectid")).Contains("regardingobjectid"));
    }

    // Dataverse: relative date operators such as NextXDays or ThisWeek are evaluated by the platform. The emulator evaluates
    // only last-seven-days, last-x-days and this-month (UserRelativeOperatorTests) and throws NotSupportedException for the others.
    [Fact]
    public void RelativeDateOperator_IsNotSupported()
    {
        using var org = new TestOrganization();

        var query = Queries.Tasks(new ConditionExpression("scheduledend", ConditionOperator.NextXDays, 7));

        Assert.Throws<NotSupportedException>(() => org.Service.RetrieveMultiple(query));
    }

    // Dataverse: a lookup value is returned with its name and the row's formatted values; ordering on a lookup or
    // choice column sorts by its display text. The emulator sorts lookups by id and choices by number.
    [Fact]
    public void OrderOnChoice_SortsByNumber()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("high").With("prioritycode", new OptionSetValue(2)).Build());
        org.Service.Create(A.Task().WithSubject("low").With("prioritycode", new OptionSetValue(0)).Build());
        var query = Queries.Tasks();
        query.AddOrder("prioritycode", OrderType.Ascending);

        var subjects = org.Service.RetrieveMultiple(query).Entities.Select(e => e["subject"]);

        Assert.Equal(["low", "high"], subjects);
    }

    // Dataverse: Associate/Disassociate write N:N intersect rows. The emulator does not model relationships yet.
    [Fact]
    public void Associate_IsNotSupported()
    {
        using var org = new TestOrganization();

        Assert.Throws<NotSupportedException>(() => org.Service.Associate("systemuser", org.UserId, new Relationship("teammembership_association"), []));
    }

    // Dataverse: the SDK raises FaultException for everything; the emulator raises NotSupportedException for
    // messages it does not implement, so a gap is never mistaken for a platform error.
    [Fact]
    public void UnknownMessage_IsNotSupportedRatherThanAFault()
    {
        using var org = new TestOrganization();

        var exception = Record.Exception(() => org.Service.Execute(new OrganizationRequest("WhoAmI")));

        Assert.IsType<NotSupportedException>(exception);
        Assert.IsNotType<FaultException>(exception);
    }

    // Dataverse: dategrouping also accepts quarter, fiscal-period and fiscal-year (fiscal ones use the org's fiscal settings).
    // The emulator evaluates day, week, month and year only and throws NotSupportedException for the rest.
    [Fact]
    public void FetchDateGroupingByQuarter_IsNotSupported()
    {
        using var org = new TestOrganization();

        var query = new FetchExpression("""
            <fetch aggregate="true"><entity name="task">
              <attribute name="activityid" alias="n" aggregate="count" />
              <attribute name="scheduledend" alias="q" groupby="true" dategrouping="quarter" />
            </entity></fetch>
            """);

        Assert.Throws<NotSupportedException>(() => org.Service.RetrieveMultiple(query));
    }

    // Dataverse: every timezonecode in timezonedefinition works. The emulator maps the codes listed in UserTimeZones
    // (73 Greenland is left out) and throws NotSupportedException for the others when a query groups by the user's time zone.
    [Fact]
    public void FetchUserTimeZoneGroupingWithUnmappedCode_IsNotSupported()
    {
        using var org = new TestOrganization();
        org.SetTimeZone(org.UserId, 73);
        org.Service.Create(A.Task().DueOn(new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc)).Build());

        var query = new FetchExpression("""
            <fetch aggregate="true"><entity name="task">
              <attribute name="activityid" alias="n" aggregate="count" />
              <attribute name="scheduledend" alias="day" groupby="true" dategrouping="day" usertimezone="true" />
            </entity></fetch>
            """);

        Assert.Throws<NotSupportedException>(() => org.Service.RetrieveMultiple(query));
    }

    // Dataverse (UNVERIFIED): a FetchXML date without an offset on a UserLocal column may be read in the caller's time zone.
    // The emulator reads it as UTC.
    [Fact]
    public void FetchDateValueWithoutOffset_IsReadAsUtc()
    {
        using var org = new TestOrganization();
        org.SetTimeZone(org.UserId, 35);
        org.Service.Create(A.Task().DueOn(new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc)).Build());

        var query = new FetchExpression("""
            <fetch><entity name="task"><filter><condition attribute="scheduledend" operator="eq" value="2026-03-02T12:00:00" /></filter></entity></fetch>
            """);

        Assert.Single(org.Service.RetrieveMultiple(query).Entities);
    }

    // Dataverse: aggregate results honour count and page (UNVERIFIED). The emulator returns every group in one page.
    [Fact]
    public void FetchAggregateResults_AreNotPaged()
    {
        using var org = new TestOrganization();
        for (var minutes = 0; minutes < 3; minutes++)
        {
            org.Service.Create(A.Task().Taking(minutes).Build());
        }

        var query = new FetchExpression("""
            <fetch aggregate="true" count="2"><entity name="task">
              <attribute name="activityid" alias="n" aggregate="count" /><attribute name="actualdurationminutes" alias="m" groupby="true" />
            </entity></fetch>
            """);

        Assert.Equal(3, org.Service.RetrieveMultiple(query).Entities.Count);
    }

    // Dataverse: SendEmail with IssueSend leaves the email Pending Send until the sender's mailbox, approved and enabled for
    // server-side sync, delivers it; otherwise it stays Pending Send or goes to Failed (dataverse-facts 6.2). The emulator
    // delivers at once: the email is Sent as soon as the request returns.
    [Fact]
    public void SendEmailWithIssueSend_IsSentAtOnce()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true });

        Assert.Equal(3, org.Service.Retrieve("email", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    // Dataverse: SendEmail without a tracking token generates one (GetTrackingTokenEmail) when the organization tracks by
    // token (dataverse-facts 6.2). The emulator never generates a token: the subject is sent as written.
    [Fact]
    public void SendEmailWithoutTrackingToken_KeepsTheSubject()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        var response = (SendEmailResponse)org.Service.Execute(new SendEmailRequest { EmailId = id, IssueSend = true, TrackingToken = string.Empty });

        Assert.Equal("Your weekly adoption digest", response.Subject);
    }

    // Dataverse: LocalTimeFromUtcTime accepts every code in timezonedefinition. The emulator converts only the codes in
    // UserTimeZones and throws NotSupportedException, naming them, for a real code it does not map.
    [Fact]
    public void LocalTimeFromUtcTimeWithUnmappedCode_IsNotSupported()
    {
        using var org = new TestOrganization();

        var exception = Record.Exception(() => org.Service.Execute(new LocalTimeFromUtcTimeRequest { TimeZoneCode = 73, UtcTime = FixedClock.Start }));

        Assert.IsType<NotSupportedException>(exception);
    }

    // Dataverse: owninguser and owningteam are derived from ownerid and can be read and filtered on. The emulator does not
    // derive them, so tables loaded from solution/ leave them out: naming them faults instead of returning a wrong null.
    [Fact]
    public void OwningUserOfATableFromTheSolution_IsNotAColumn()
    {
        using var org = new SolutionOrganization();
        var id = org.Service.Create(ASignal.For(org.User));

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => org.Service.Retrieve(ASignal.Table, id, new ColumnSet("owninguser")));

        Assert.Contains("owninguser", fault.Message, StringComparison.Ordinal);
    }

    // Dataverse: GrantAccess shares a row with a user or team, who then reaches it beyond their depth (how-record-access-determined,
    // "Shared access"). The emulator does not support sharing, so depth, ownership and hierarchy are the only ways in.
    [Fact]
    public void GrantAccess_IsNotSupported()
    {
        using var org = new TestOrganization();

        Assert.Throws<NotSupportedException>(() => org.Service.Execute(new OrganizationRequest("GrantAccess")));
    }

    // Dataverse: setting a lookup needs Append on the row and AppendTo on the row it points at (security-access-rights).
    // The emulator checks neither.
    [Fact]
    public void LookupSetWithoutAppendPrivileges_IsAccepted()
    {
        using var org = new TestOrganization();
        var opportunity = org.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" });
        var userId = org.CreateUserWith(A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Create, AccessRight.Read).Build());

        var id = org.ServiceFor(userId).Create(A.Task().With("regardingobjectid", new EntityReference("opportunity", opportunity)).Build());

        Assert.NotEqual(Guid.Empty, id);
    }

    // Dataverse: every role has a copy in each business unit and a user holds the copy of their own unit. The emulator keeps
    // one role, in the root unit, that a user of any unit can hold.
    [Fact]
    public void RootUnitRole_CanBeHeldByAUserOfAChildUnit()
    {
        using var org = new TestOrganization();
        var unit = org.CreateBusinessUnit("Sales");

        var userId = org.CreateUserWith(BuiltInRoles.BasicUser, unit);

        Assert.Empty(org.ServiceFor(userId).RetrieveMultiple(Queries.Tasks()).Entities);
    }

    // Dataverse: an owner team whose member privilege inheritance is "Team privileges only" gives its Basic privileges on the
    // team's rows only. The emulator always applies the default inheritance: they also reach the member's own rows.
    [Fact]
    public void TeamRoleBasicPrivilege_ReachesTheMembersOwnRows()
    {
        using var org = new TestOrganization();
        var memberId = org.CreateUserWith(role: null);
        var team = org.CreateTeam(org.Database.RootBusinessUnitId, members: memberId);
        org.GrantTeam(team, A.Role("Team readers").Granting("task", PrivilegeDepth.Basic, AccessRight.Read).Build());
        org.CreateTaskOwnedBy(memberId, "mine");

        var subjects = org.ServiceFor(memberId).Subjects(Queries.Tasks());

        Assert.Equal(["mine"], subjects);
    }

    // Dataverse: access to an activityparty row follows the activity it belongs to. The emulator treats activityparty as
    // organization-wide: prvReadActivity at any depth reads every party row.
    [Fact]
    public void ActivityPartyOfAnUnreadableActivity_IsReadable()
    {
        using var org = new TestOrganization();
        org.SystemService.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());
        var reader = org.ServiceFor(org.CreateUserWith(BuiltInRoles.BasicUser));

        var emails = reader.RetrieveMultiple(new QueryExpression("email")).Entities;
        var parties = reader.RetrieveMultiple(new QueryExpression("activityparty")).Entities;

        Assert.Equal((0, 2), (emails.Count, parties.Count));
    }

    // Dataverse: intersect tables such as systemuserroles are written only by Associate; Create of one fails. The emulator
    // accepts the Create, and the role it links counts for the user.
    [Fact]
    public void CreateOfAnIntersectRow_IsAccepted()
    {
        using var org = new TestOrganization();
        var userId = org.CreateUserWith(role: null);

        org.SystemService.Create(new Entity("systemuserroles") { ["systemuserid"] = userId, ["roleid"] = BuiltInRoles.SystemAdministrator.Id });

        Assert.True(org.Database.Security.HasPrivilege(userId, "prvReadActivity"));
    }

    // Dataverse: a row written in an open transaction is locked and other callers read the committed version (SQL Server row
    // locks, read committed snapshot). The emulator has no row locks: two operations in flight see each other's uncommitted rows.
    [Fact]
    public void OperationsInFlight_SeeEachOthersUncommittedRows()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ConcurrentReader>("Create").Configured("2"));

        var callers = Enumerable.Range(0, 2).Select(_ => new Thread(() => org.SystemService.Create(A.Task().Build()))).ToArray();
        Array.ForEach(callers, t => t.Start());
        Array.ForEach(callers, t => t.Join());

        Assert.Equal(["2", "2"], org.TracesOf<ConcurrentReader>().Values("visible"));
    }

    // Dataverse: a job that asks for a retry waits (postponeuntil) before its next attempt. The emulator runs it again on the
    // next run of the async service, without setting postponeuntil.
    [Fact]
    public void SystemJobAskingForRetry_RunsAgainWithoutWaiting()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<RetryRequester>("Create").Asynchronous());
        org.SystemService.Create(A.Task().Build());
        org.AsyncJobs.RunAll();

        var second = org.AsyncJobs.RunAll();

        Assert.Equal(2, second.Jobs.Single().Attempt);
    }

    // Dataverse: an Update carrying owner columns with other columns runs the Update steps twice, like statecode/statuscode
    // (dataverse-facts 1.6). The emulator splits state changes only.
    [Fact]
    public void UpdateOfOwnerWithOtherColumns_RunsTheUpdateStepsOnce()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<ContextTracer>("Update"));

        org.SystemService.Update(new Entity("task", id) { ["subject"] = "Handed over", ["ownerid"] = new EntityReference("systemuser", org.CreateUser("New owner")) });

        Assert.Single(org.TracesOf<ContextTracer>());
    }

    // Dataverse: the trace of one execution keeps at most 10 KB (dataverse-facts 1.3). The emulator keeps all of it.
    [Fact]
    public void TraceOverTenKilobytes_IsKeptWhole()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<LongTracer>("Create"));

        org.SystemService.Create(A.Task().Build());

        Assert.True(org.TracesOf<LongTracer>().Single().Text.Length > 20_000);
    }

    // Dataverse (UNVERIFIED): what an asynchronous execution's ParentContext holds is not documented. The emulator gives none.
    [Fact]
    public void AsynchronousExecution_HasNoParentContext()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());
        org.SystemService.Create(A.Task().Build());

        org.AsyncJobs.RunAll();

        Assert.Equal("none", org.TracesOf<ContextTracer>().Single().Value("parentshared"));
    }
}
