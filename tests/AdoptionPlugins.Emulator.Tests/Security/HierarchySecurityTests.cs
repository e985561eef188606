using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Manager hierarchy security (dataverse-facts 5.5): off by default; when on, a manager with only Basic privileges reads
// their reports' rows to the configured depth and, by default, writes those of direct reports and their reports.
public sealed class HierarchySecurityTests
{
    private static readonly SecurityOptions TwoLevels = new() { ManagerHierarchyDepth = 2 };

    private static readonly SecurityOptions ThreeLevels = new() { ManagerHierarchyDepth = 3 };

    private static readonly SecurityRole BasicTaskEditor =
        A.Role("Rep").Granting("task", PrivilegeDepth.Basic, AccessRight.Read, AccessRight.Write).Build();

    [Fact]
    public void HierarchySecurityOff_ManagerDoesNotReadDirectReportsTasks()
    {
        using var org = new TestOrganization();
        var chain = new Chain(org);

        var subjects = org.ServiceFor(chain.Manager).Subjects(Queries.Tasks());

        Assert.Equal(["manager"], subjects);
    }

    [Fact]
    public void TableExcludedFromTheHierarchy_ManagerReadsOnlyTheirOwnRows()
    {
        using var org = new TestOrganization(security: TwoLevels with { TablesExcludedFromHierarchy = new System.Collections.Generic.HashSet<string> { "task" } });
        var chain = new Chain(org);

        var subjects = org.ServiceFor(chain.Manager).Subjects(Queries.Tasks());

        Assert.Equal(["manager"], subjects);
    }

    [Fact]
    public void HierarchySecurityOn_ManagerReadsReportsDownToTheDepth()
    {
        using var org = new TestOrganization(security: TwoLevels);
        var chain = new Chain(org);

        var subjects = org.ServiceFor(chain.Manager).Subjects(Queries.Tasks());

        Assert.Equal(["direct", "manager", "second"], subjects);
    }

    [Fact]
    public void HierarchySecurityOn_ManagerUpdatesTaskOfAReportOfADirectReport()
    {
        using var org = new TestOrganization(security: TwoLevels);
        var chain = new Chain(org);

        org.ServiceFor(chain.Manager).Update(new Entity("task", chain.SecondTask) { ["subject"] = "reviewed" });

        Assert.Equal("reviewed", org.Service.Retrieve("task", chain.SecondTask, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void HierarchySecurityOn_ManagerReadsButCannotUpdateThirdLevelTask()
    {
        using var org = new TestOrganization(security: ThreeLevels);
        var chain = new Chain(org);

        var fault = FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => org.ServiceFor(chain.Manager).Update(new Entity("task", chain.ThirdTask) { ["subject"] = "x" }));

        Assert.Contains("does not have WriteAccess right(s)", fault.Message, StringComparison.Ordinal);
        Assert.Equal("third", org.ServiceFor(chain.Manager).Retrieve("task", chain.ThirdTask, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void HierarchySecurityOn_WriteDepthOfOneLimitsWritesToDirectReports()
    {
        using var org = new TestOrganization(security: TwoLevels with { ManagerHierarchyWriteDepth = 1 });
        var chain = new Chain(org);
        var manager = org.ServiceFor(chain.Manager);

        manager.Update(new Entity("task", chain.DirectTask) { ["subject"] = "reviewed" });

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => manager.Update(new Entity("task", chain.SecondTask) { ["subject"] = "x" }));
    }

    [Fact]
    public void HierarchySecurityOn_ManagerInASiblingUnitDoesNotReadReportsTasks()
    {
        using var org = new TestOrganization(security: TwoLevels);
        var managerUnit = org.CreateBusinessUnit("Head office elsewhere");
        var reportUnit = org.CreateBusinessUnit("Field");
        var manager = org.CreateUserWith(BasicTaskEditor, managerUnit);
        org.CreateTaskOwnedBy(org.CreateUserWith(null, reportUnit, managerId: manager), "report");

        var subjects = org.ServiceFor(manager).Subjects(Queries.Tasks());

        Assert.Empty(subjects);
    }

    [Fact]
    public void HierarchySecurityOn_ManagerReadsTaskOfATeamADirectReportBelongsTo()
    {
        using var org = new TestOrganization(security: TwoLevels);
        var chain = new Chain(org);
        var team = org.CreateTeam(org.Database.RootBusinessUnitId, members: chain.Direct);
        var id = org.CreateTaskOwnedBy(team, "team's", "team");

        var task = org.ServiceFor(chain.Manager).Retrieve("task", id, new ColumnSet("subject"));

        Assert.Equal("team's", task["subject"]);
    }

    // manager > direct > second > third, all in the root unit holding Basic read and write on tasks, each owning one task.
    private sealed class Chain
    {
        public Chain(TestOrganization org)
        {
            Manager = org.CreateUserWith(BasicTaskEditor);
            Direct = org.CreateUserWith(BasicTaskEditor, managerId: Manager);
            var second = org.CreateUserWith(BasicTaskEditor, managerId: Direct);
            var third = org.CreateUserWith(BasicTaskEditor, managerId: second);
            org.CreateTaskOwnedBy(Manager, "manager");
            DirectTask = org.CreateTaskOwnedBy(Direct, "direct");
            SecondTask = org.CreateTaskOwnedBy(second, "second");
            ThirdTask = org.CreateTaskOwnedBy(third, "third");
        }

        public Guid Manager { get; }

        public Guid Direct { get; }

        public Guid DirectTask { get; }

        public Guid SecondTask { get; }

        public Guid ThirdTask { get; }
    }
}
