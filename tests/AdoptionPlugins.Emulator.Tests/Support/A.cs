using System;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Entry point for builders that produce valid rows by default.</summary>
public static class A
{
    public static TaskBuilder Task() => new();

    public static UserBuilder User(Guid businessUnitId) => new(businessUnitId);

    public static UsageBuilder Usage() => new();

    public static EmailBuilder Email() => new();

    public static OpportunityBuilder Opportunity() => new();

    public static RoleBuilder Role(string name = "Sales Rep") => new(name);
}
