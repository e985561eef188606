using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Query;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class TimeZoneConversionTests
{
    // Berlin is UTC+1 in winter and UTC+2 in summer; New York -5/-4; Los Angeles -8/-7; India +5:30 all year.
    [Theory]
    [InlineData(110, "2026-01-15T12:00:00", "2026-01-15T13:00:00")]
    [InlineData(110, "2026-07-15T12:00:00", "2026-07-15T14:00:00")]
    [InlineData(35, "2026-01-15T12:00:00", "2026-01-15T07:00:00")]
    [InlineData(35, "2026-07-15T12:00:00", "2026-07-15T08:00:00")]
    [InlineData(4, "2026-01-15T12:00:00", "2026-01-15T04:00:00")]
    [InlineData(190, "2026-01-15T12:00:00", "2026-01-15T17:30:00")]
    [InlineData(85, "2026-07-15T12:00:00", "2026-07-15T13:00:00")]
    [InlineData(92, "2026-07-15T12:00:00", "2026-07-15T12:00:00")]
    public void LocalTimeFromUtcTime_AppliesTheZoneAndDaylightSaving(int code, string utc, string expectedLocal)
    {
        using var org = new TestOrganization();

        var response = (LocalTimeFromUtcTimeResponse)org.Service.Execute(new LocalTimeFromUtcTimeRequest { TimeZoneCode = code, UtcTime = Utc(utc) });

        Assert.Equal((DateTime.Parse(expectedLocal, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Unspecified), (response.LocalTime, response.LocalTime.Kind));
    }

    [Theory]
    [InlineData(110, "2026-01-15T13:00:00", "2026-01-15T12:00:00")]
    [InlineData(110, "2026-07-15T14:00:00", "2026-07-15T12:00:00")]
    [InlineData(35, "2026-03-02T00:00:00", "2026-03-02T05:00:00")]
    [InlineData(190, "2026-01-16T00:00:00", "2026-01-15T18:30:00")]
    public void UtcTimeFromLocalTime_IsTheInverse(int code, string local, string expectedUtc)
    {
        using var org = new TestOrganization();

        var response = (UtcTimeFromLocalTimeResponse)org.Service.Execute(new UtcTimeFromLocalTimeRequest { TimeZoneCode = code, LocalTime = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal((Utc(expectedUtc), DateTimeKind.Utc), (response.UtcTime, response.UtcTime.Kind));
    }

    // 02:30 on 29 March 2026 does not exist in Berlin (clocks jump from 02:00 to 03:00): it is read with the standard offset.
    [Fact]
    public void LocalTimeSkippedByDaylightSaving_IsReadWithTheStandardOffset()
    {
        using var org = new TestOrganization();

        var response = (UtcTimeFromLocalTimeResponse)org.Service.Execute(new UtcTimeFromLocalTimeRequest { TimeZoneCode = 110, LocalTime = new DateTime(2026, 3, 29, 2, 30, 0) });

        Assert.Equal(Utc("2026-03-29T01:30:00"), response.UtcTime);
    }

    [Fact]
    public void ConversionByName_AnswersLikeTheTypedRequest()
    {
        using var org = new TestOrganization();

        var response = org.Service.Execute(new OrganizationRequest("LocalTimeFromUtcTime") { ["TimeZoneCode"] = 110, ["UtcTime"] = Utc("2026-01-15T12:00:00") });

        Assert.Equal(new DateTime(2026, 1, 15, 13, 0, 0), response.Results["LocalTime"]);
    }

    [Fact]
    public void NegativeCode_FaultsInvalidTimeZoneCode()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidTimeZoneCode, () => org.Service.Execute(new LocalTimeFromUtcTimeRequest { TimeZoneCode = -1, UtcTime = FixedClock.Start }));

        Assert.Contains("Time Zone Code -1 specified is not recognized", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySupportedCode_ResolvesToAZoneOnThisMachine()
    {
        var unresolved = UserTimeZones.SupportedCodes.Where(code => Record.Exception(() => UserTimeZones.FromCode(code)) is not null).ToList();

        Assert.Empty(unresolved);
    }

    [Fact]
    public void UnmappedCode_NamesTheSupportedCodes()
    {
        var exception = Assert.Throws<NotSupportedException>(() => UserTimeZones.FromCode(73));

        Assert.Contains("110", exception.Message, StringComparison.Ordinal);
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
