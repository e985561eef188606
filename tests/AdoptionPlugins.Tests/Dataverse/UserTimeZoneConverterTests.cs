using System;
using System.Linq;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Xunit;

namespace AdoptionPlugins.Tests.Dataverse;

public class UserTimeZoneConverterTests
{
    private static readonly DateTime LateEvening = new(2026, 11, 25, 23, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void BerlinCode_ConvertsLocallyToTheNextDay()
    {
        var platform = LocalTimeService(TimeSpan.Zero);
        var berlin = new UserTimeZoneConverter(CaptureOrganization.BerlinTimeZone, platform);

        var local = berlin.ToLocalTime(LateEvening);

        Assert.Equal((new DateTime(2026, 11, 26, 0, 30, 0), 0), (local, platform.Requests));
    }

    [Fact]
    public void NewYorkCode_ConvertsWithDaylightSavingRules()
    {
        var newYork = new UserTimeZoneConverter(CaptureOrganization.NewYorkTimeZone, LocalTimeService(TimeSpan.Zero));

        var summer = newYork.ToLocalTime(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0), summer);
    }

    [Fact]
    public void UnmappedCode_AsksThePlatformOncePerQuarterHour()
    {
        var platform = LocalTimeService(TimeSpan.FromHours(5.75));
        var kathmandu = new UserTimeZoneConverter(193, platform);

        var times = new[] { LateEvening, LateEvening.AddMinutes(7).AddSeconds(3), LateEvening.AddMinutes(20) }.Select(kathmandu.ToLocalTime).ToList();

        Assert.Equal([new DateTime(2026, 11, 26, 5, 15, 0), new DateTime(2026, 11, 26, 5, 22, 3), new DateTime(2026, 11, 26, 5, 35, 0)], times);
        Assert.Equal((2, false), (platform.Requests, kathmandu.IsLocal));
    }

    [Fact]
    public void UtcCode_ConvertsWithoutARequest()
    {
        var platform = LocalTimeService(TimeSpan.Zero);

        var local = new UserTimeZoneConverter(92, platform).ToLocalTime(LateEvening);

        Assert.Equal((new DateTime(2026, 11, 25, 23, 30, 0), 0), (local, platform.Requests));
    }

    // Answers LocalTimeFromUtcTime with a fixed offset, as the platform would for one time zone.
    private static ExecuteOnlyOrganizationService LocalTimeService(TimeSpan offset) => new(request =>
    {
        var response = new LocalTimeFromUtcTimeResponse();
        response.Results["LocalTime"] = DateTime.SpecifyKind(((LocalTimeFromUtcTimeRequest)request).UtcTime + offset, DateTimeKind.Unspecified);
        return response;
    });
}
