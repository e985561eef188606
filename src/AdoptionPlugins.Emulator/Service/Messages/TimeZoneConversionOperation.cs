using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Query;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service.Messages;

// LocalTimeFromUtcTime and UtcTimeFromLocalTime by Dataverse time-zone code (dataverse-facts 4.8), with the zones
// UserTimeZones maps. A local time has no zone of its own, so it comes back Unspecified; a UTC time comes back Utc.
internal static class TimeZoneConversionOperation
{
    public static OrganizationResponse LocalFromUtc(OrganizationRequest request)
    {
        var zone = Zone(request);
        var utc = ColumnValues.ClientUtc(RequestParameters.RequiredValue<DateTime>(request, "UtcTime"));
        var response = new LocalTimeFromUtcTimeResponse { ResponseName = request.RequestName };
        response.Results["LocalTime"] = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), DateTimeKind.Unspecified);
        return response;
    }

    // A wall-clock time skipped or repeated by a daylight-saving change is read with the zone's standard offset.
    public static OrganizationResponse UtcFromLocal(OrganizationRequest request)
    {
        var zone = Zone(request);
        var local = DateTime.SpecifyKind(RequestParameters.RequiredValue<DateTime>(request, "LocalTime"), DateTimeKind.Unspecified);
        var response = new UtcTimeFromLocalTimeResponse { ResponseName = request.RequestName };
        response.Results["UtcTime"] = DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
        return response;
    }

    private static TimeZoneInfo Zone(OrganizationRequest request)
    {
        var code = RequestParameters.RequiredValue<int>(request, "TimeZoneCode");
        return code >= 0
            ? UserTimeZones.FromCode(code)
            : throw Fault.Create(ErrorCodes.InvalidTimeZoneCode, $"Time Zone Code {code} specified is not recognized. Please specify a valid Time Zone Code value.");
    }
}
