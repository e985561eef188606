using System;
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
    public void UnmappedCode_AsksThePlatformOncePerTime()
    {
        var platform = LocalTimeService(TimeSpan.FromHours(5.75));
        var kathmandu = new UserTimeZoneConverter(193, platform);

        var local = kathmandu.ToLocalTime(LateEvening);
        kathmandu.ToLocalTime(LateEvening);

        Assert.Equal((LateEvening.AddHours(5.75), 1), (DateTime.SpecifyKind(local, DateTimeKind.Utc), platform.Requests));
        Assert.False(kathmandu.IsLocal);
    }

    // Answers LocalTimeFromUtcTime with a fixed offset, as the platform would for one time zone.
    private static ExecuteOnlyOrganizationService LocalTimeService(TimeSpan offset) => new(request =>
    {
        var response = new LocalTimeFromUtcTimeResponse();
        response.Results["LocalTime"] = DateTime.SpecifyKind(((LocalTimeFromUtcTimeRequest)request).UtcTime + offset, DateTimeKind.Unspecified);
        return response;
    });
}
