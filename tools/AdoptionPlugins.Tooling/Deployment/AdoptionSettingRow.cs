using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>One saved row of the adoption settings table: its id and its value as stored.</summary>
public sealed record AdoptionSettingRow(Guid Id, string? Value);
