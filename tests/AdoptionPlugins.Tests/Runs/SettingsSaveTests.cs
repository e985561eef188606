using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Settings;
using Xunit;

namespace AdoptionPlugins.Tests.Runs;

public class SettingsSaveTests
{
    private static readonly string[] Reserved = ["LastValidSnapshot"];

    [Fact]
    public void ValidRows_HaveNoProblem()
    {
        var problems = SettingsSave.Check([Row(SettingNames.GracePeriodDays, "21")], Reserved, "adopt_SendingEnabled");

        Assert.Empty(problems);
    }

    [Fact]
    public void SendingRow_IsRefusedNamingTheVariable()
    {
        var problems = SettingsSave.Check([Row("sendingenabled", "true")], Reserved, "adopt_SendingEnabled");

        Assert.Contains("only by the environment variable adopt_SendingEnabled", Assert.Single(problems).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluationsOwnRow_IsNoSetting()
    {
        var problems = SettingsSave.Check([Row("LastValidSnapshot", "anything")], Reserved, "adopt_SendingEnabled");

        Assert.Empty(problems);
    }

    [Fact]
    public void RowsForARun_LeaveOutTheSendingSwitchAndOwnRows()
    {
        var rows = SettingsSave.ForRun([Row(SettingNames.SendingEnabled, "true"), Row("LastValidSnapshot", "x"), Row(SettingNames.GracePeriodDays, "21")], Reserved);

        Assert.Equal([SettingNames.GracePeriodDays], rows.Select(row => row.Key));
    }

    [Fact]
    public void BrokenSnapshot_IsReportedAsUnreadable()
    {
        var problems = SettingsSave.CheckSnapshot("GracePeriodDays=soon");

        Assert.Equal(SettingNames.GracePeriodDays, Assert.Single(problems).Setting);
    }

    private static KeyValuePair<string, string?> Row(string name, string value) => new(name, value);
}
