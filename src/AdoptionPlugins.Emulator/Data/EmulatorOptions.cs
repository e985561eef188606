using System;
using AdoptionPlugins.Emulator.Security;

namespace AdoptionPlugins.Emulator.Data;

/// <summary>Settings for an emulated organization that differ between tests and simulations.</summary>
public sealed record EmulatorOptions
{
    public static EmulatorOptions Default { get; } = new();

    // Keys are built by a system job after import, so they start Pending (dataverse-facts 4.1, 9.7).
    public TimeSpan KeyActivationDelay { get; init; } = TimeSpan.Zero;

    // The usersettings.timezonecode every new user starts with, as an organization's default time zone would (dataverse-facts 4.8); 92 is UTC.
    public int DefaultTimeZoneCode { get; init; } = 92;

    public SecurityOptions Security { get; init; } = SecurityOptions.Default;
}
