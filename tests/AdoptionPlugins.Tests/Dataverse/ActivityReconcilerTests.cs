using System;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Dataverse;

public class ActivityReconcilerTests
{
    private static readonly TimeSpan RequestDuration = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void SourcePage_CostsAtMostFourRequestsPlusThreeUpsertsPerRow()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        LogTasks(org, rep, 25);
        var counter = new CountingOrganizationService(org.SystemService);
        var request = new ReconcileRequest(null, CaptureOrganization.November.First, CaptureOrganization.November.Last, pageSize: 10);

        var result = new ActivityReconciler(counter, new TraceLines(), new FixedClock(CaptureOrganization.Start)).RunPage(request, ReconcileCursor.Start(request));

        Assert.InRange(counter.Requests, 1, 4 + (3 * 10));
        Assert.Equal((10, 2), (result.SignalsWritten, ReconcileCursor.Parse(result.NextCursor, request).PageNumber));
    }

    [Fact]
    public void WholeRunThroughTheApi_KeepsEveryPageWithinItsBudget()
    {
        using var org = new CaptureOrganization(RequestDuration);
        var scenario = new SalesTeamScenario(org);
        LogTasks(org, scenario.Rep, 40);

        var pages = ReconcileRunner.RunToEnd(org, org.CreateAdministrator("Ada Admin"), pageSize: 10);

        Assert.All(pages, page => Assert.InRange(page.PluginRequests(RequestDuration), 1, 4 + (3 * 10) + ReconcileRequest.UserDaysPerPage));
        Assert.Equal(16 + 40, org.Rows(ActivityDay.EntityName).Sum(day => day.GetAttributeValue<int>(ActivityDay.TotalCount)));
    }

    [Fact]
    public void ReconcileOfListedUsers_WritesOnlyTheirDays()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);

        ReconcileRunner.RunToEnd(org, org.CreateAdministrator("Ada Admin"), userIds: $"{scenario.Rep}, {{{scenario.Assistant}}}");

        var users = org.Rows(ActivityDay.EntityName).Select(day => day.GetAttributeValue<EntityReference>(ActivityDay.UserId).Id).Distinct().Order();
        Assert.Equal(new[] { scenario.Rep, scenario.Assistant }.Order(), users);
    }

    [Fact]
    public void SameCursorSentTwice_RedoesThePageWithoutWritingAgain()
    {
        using var org = new CaptureOrganization();
        var (rep, admin) = (org.CreateUser("Riley Rep"), org.CreateAdministrator("Ada Admin"));
        LogTasks(org, rep, 3);
        var first = ReconcileRunner.RunPage(org, admin, null);

        var repeated = ReconcileRunner.RunPage(org, admin, null);

        Assert.Equal((3, 0), (first.SignalsWritten, repeated.SignalsWritten));
        Assert.Equal(first.Response[ReconcileActivityMessage.NextCursor], repeated.Response[ReconcileActivityMessage.NextCursor]);
    }

    [Fact]
    public void LastPage_SaysThereIsNoMore()
    {
        using var org = new CaptureOrganization();
        var admin = org.CreateAdministrator("Ada Admin");

        var pages = ReconcileRunner.RunToEnd(org, admin);

        Assert.Equal(ReconcileCursor.Tables.Count + 1, pages.Count);
        Assert.Equal(false, pages[^1].Response[ReconcileActivityMessage.HasMore]);
    }

    [Theory]
    [InlineData(ReconcileActivityMessage.ToDate, "2026-10-01", "is before FromDate")]
    [InlineData(ReconcileActivityMessage.UserIds, "Riley", "'Riley', which is not a systemuser id")]
    [InlineData(ReconcileActivityMessage.Cursor, "page 2", "send the NextCursor of the previous page unchanged")]
    public void BadInput_FailsWithAMessageTheCallerCanActOn(string parameter, string value, string expected)
    {
        using var org = new CaptureOrganization();
        var request = new OrganizationRequest(ReconcileActivityMessage.UniqueName)
        {
            [ReconcileActivityMessage.FromDate] = CaptureOrganization.November.First,
            [ReconcileActivityMessage.ToDate] = CaptureOrganization.November.Last,
        };
        request[parameter] = parameter == ReconcileActivityMessage.ToDate ? DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value;

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.ServiceFor(org.CreateAdministrator("Ada Admin")).Execute(request));

        Assert.Contains(expected, error.Detail.Message, StringComparison.Ordinal);
    }

    private static void LogTasks(CaptureOrganization org, Guid user, int count)
    {
        for (var i = 0; i < count; i++)
        {
            org.ServiceFor(user).Create(new Entity(Activity.Task) { ["subject"] = $"Task {i}" });
        }
    }
}
