using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Builds a usage row with its required code; key columns are set when the test needs them.</summary>
public sealed class UsageBuilder
{
    private readonly Entity _usage = new(TestTables.Usage) { ["new_code"] = "U1" };

    public UsageBuilder For(Guid userId, DateTime day)
    {
        _usage["new_userid"] = new EntityReference("systemuser", userId);
        _usage["new_day"] = day;
        return this;
    }

    public UsageBuilder Counting(int count)
    {
        _usage["new_count"] = count;
        return this;
    }

    public UsageBuilder With(string column, object? value)
    {
        _usage[column] = value;
        return this;
    }

    public Entity Build() => _usage;

    public Entity BuildKeyed(Guid userId, DateTime day)
    {
        _usage.KeyAttributes["new_userid"] = new EntityReference("systemuser", userId);
        _usage.KeyAttributes["new_day"] = day;
        return _usage;
    }
}
