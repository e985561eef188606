using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

// Operators whose answer depends on who asks and when: eq-useroruserhierarchy (dataverse-facts 5.5) and the relative day
// operators, which take today in the caller's time zone (dataverse-facts 4.8). The callers are System Administrators, so
// row security plays no part in what these tests see.
public sealed class UserRelativeOperatorTests
{
    private static readonly SecurityOptions TwoLevels = new() { ManagerHierarchyDepth = 2 };

    private static readonly DateTime Today = FixedClock.Start.Date;

    [Fact]
    public void OwnedByMeOrMyReports_WithHierarchySecurity_MatchesCallerAndReportsDownToTheDepth()
    {
        using var org = new TestOrganization(security: TwoLevels);
        var manager = org.CreateUser();
        OwnChain(org, manager);

        var subjects = org.ServiceFor(manager).Subjects(TasksWhere("""<condition attribute="ownerid" operator="eq-useroruserhierarchy" />"""));

        Assert.Equal(["direct", "manager", "second"], subjects);
    }

    [Fact]
    public void OwnedByMeOrMyReports_WithoutHierarchySecurity_MatchesOnlyTheCaller()
    {
        using var org = new TestOrganization();
        var manager = org.CreateUser();
        OwnChain(org, manager);

        var subjects = org.ServiceFor(manager).Subjects(TasksWhere("""<condition attribute="ownerid" operator="eq-useroruserhierarchy" />"""));

        Assert.Equal(["manager"], subjects);
    }

    [Fact]
    public void LastSevenDays_OnADateOnlyColumn_IsTodayAndTheSixDaysBefore()
    {
        using var org = new TestOrganization();
        CreateDays(org, -7, -6, 0, 1);

        var days = Days(org, """<condition attribute="new_day" operator="last-seven-days" />""");

        Assert.Equal([Today.AddDays(-6), Today], days);
    }

    [Fact]
    public void LastSevenDays_OnAUserLocalColumn_ComparesTheCallersLocalDate()
    {
        using var org = new TestOrganization();
        org.SetTimeZone(org.UserId, 110);
        org.Service.Create(A.Task().WithSubject("00:30 local, six days ago").DueOn(Today.AddDays(-7).AddHours(23.5)).Build());
        org.Service.Create(A.Task().WithSubject("23:30 local, seven days ago").DueOn(Today.AddDays(-7).AddHours(22.5)).Build());

        var subjects = org.Service.Subjects(TasksWhere("""<condition attribute="scheduledend" operator="last-seven-days" />"""));

        Assert.Equal(["00:30 local, six days ago"], subjects);
    }

    [Fact]
    public void LastXDays_ReachesXWholeDaysBackFromToday()
    {
        using var org = new TestOrganization();
        CreateDays(org, -4, -3, 0);

        var days = Days(org, """<condition attribute="new_day" operator="last-x-days" value="3" />""");

        Assert.Equal([Today.AddDays(-3), Today], days);
    }

    [Fact]
    public void ThisMonth_IsTheCallersCalendarMonthFromFirstToLastDay()
    {
        using var org = new TestOrganization();
        var first = Today.AddDays(1 - Today.Day);
        var last = first.AddMonths(1).AddDays(-1);
        CreateDays(org, (int)(first - Today).TotalDays - 1, (int)(first - Today).TotalDays, (int)(last - Today).TotalDays, (int)(last - Today).TotalDays + 1);

        var days = Days(org, """<condition attribute="new_day" operator="this-month" />""");

        Assert.Equal([first, last], days);
    }

    [Fact]
    public void LastXDays_WithAValueThatIsNotADayCount_FaultsNamingTheColumn()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => Days(org, """<condition attribute="new_day" operator="last-x-days" value="a week" />"""));

        Assert.Contains("'new_usage.new_day': last-x-days expects a whole number of days, not 'a week'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastSevenDays_OnATextColumn_FaultsNamingTheColumn()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => Days(org, """<condition attribute="new_name" operator="last-seven-days" />"""));

        Assert.Contains("needs a date and time column; 'new_name' is String", fault.Message, StringComparison.Ordinal);
    }

    // manager > direct > second > third, each owning one task named after them.
    private static void OwnChain(TestOrganization org, Guid manager)
    {
        var direct = org.CreateUser(manager);
        var second = org.CreateUser(direct);
        var third = org.CreateUser(second);
        foreach (var (owner, subject) in new[] { (manager, "manager"), (direct, "direct"), (second, "second"), (third, "third") })
        {
            org.CreateTaskOwnedBy(owner, subject);
        }
    }

    private static FetchExpression TasksWhere(string condition) =>
        new($"""<fetch><entity name="task"><attribute name="subject" /><filter>{condition}</filter></entity></fetch>""");

    private static void CreateDays(TestOrganization org, params int[] offsets)
    {
        foreach (var offset in offsets)
        {
            org.Service.Create(A.Usage().For(org.UserId, Today.AddDays(offset)).Build());
        }
    }

    private static DateTime[] Days(TestOrganization org, string condition) =>
        [.. org.Service.RetrieveMultiple(new FetchExpression(
                $"""<fetch><entity name="{TestTables.Usage}"><attribute name="new_day" /><filter>{condition}</filter></entity></fetch>"""))
            .Entities.Select(row => row.GetAttributeValue<DateTime>("new_day")).Order()];
}
