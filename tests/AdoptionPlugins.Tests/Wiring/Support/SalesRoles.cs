using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Tests.Wiring.Support;

/// <summary>Roles named as the default tier rules know them, each able to log its own customer work (tasks, notes, opportunities).</summary>
public static class SalesRoles
{
    public static SecurityRole Executive { get; } = Role("CEO-Business Manager", "e7ec0000-0000-4000-8000-000000000001");

    public static SecurityRole Manager { get; } = Role("Sales Manager", "e7ec0000-0000-4000-8000-000000000002");

    public static SecurityRole Contributor { get; } = Role("Salesperson", "e7ec0000-0000-4000-8000-000000000003");

    public static SecurityRole For(AdoptionTier tier) => tier switch
    {
        AdoptionTier.Executive => Executive,
        AdoptionTier.Manager => Manager,
        AdoptionTier.Contributor => Contributor,
        _ => BuiltInRoles.SystemAdministrator,
    };

    // The capture tests' salesperson privileges, under the role names the default tier rules know.
    private static SecurityRole Role(string name, string id) => AdoptionPlugins.Tests.Support.SalesRoles.Salesperson with { Id = new Guid(id), Name = name };
}
