using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Emulator.Query;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>A city people work in: its Dataverse time-zone code (usersettings.timezonecode) and the language its users run the CRM in.</summary>
public sealed record Workplace(string City, int TimeZoneCode, int LanguageCode)
{
    /// <summary>French is not a language the product's texts ship in, so Paris shows the logged fallback to English.</summary>
    public const int French = 1036;

    public static Workplace London { get; } = new("London", 85, AdoptionSettings.English);

    public static Workplace Berlin { get; } = new("Berlin", 110, AdoptionSettings.German);

    public static Workplace Paris { get; } = new("Paris", 105, French);

    public static Workplace NewYork { get; } = new("New York", 35, AdoptionSettings.English);

    public static Workplace Chicago { get; } = new("Chicago", 20, AdoptionSettings.English);

    public static IReadOnlyList<Workplace> Emea { get; } = [London, Berlin, Paris];

    public static IReadOnlyList<Workplace> Americas { get; } = [NewYork, Chicago];

    /// <summary>The zone the emulator converts this code with, so the simulation and the platform agree on every local day.</summary>
    public TimeZoneInfo TimeZone => UserTimeZones.FromCode(TimeZoneCode);

    /// <summary>The UTC moment of a local wall-clock time here.</summary>
    public DateTime ToUtc(DateTime localTime) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified), TimeZone);

    /// <summary>The local date of a UTC moment here.</summary>
    public DateTime LocalDate(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone).Date;
}
