using System;
using System.Collections.Generic;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>
/// Business units root &gt; Sales &gt; North and root &gt; Support, a reader in Sales holding one role, and a task per owner:
/// "mine" (the reader), "colleague" (Sales), "north", "support" and "root", each subject naming where its owner sits.
/// </summary>
public sealed class SalesTree
{
    public SalesTree(TestOrganization org, SecurityRole readerRole)
    {
        Sales = org.CreateBusinessUnit("Sales");
        North = org.CreateBusinessUnit("North", Sales);
        Support = org.CreateBusinessUnit("Support");
        Reader = org.CreateUserWith(readerRole, Sales);
        Colleague = org.CreateUserWith(null, Sales);
        AsReader = org.ServiceFor(Reader);
        Tasks = new Dictionary<string, Guid>
        {
            ["mine"] = org.CreateTaskOwnedBy(Reader, "mine"),
            ["colleague"] = org.CreateTaskOwnedBy(Colleague, "colleague"),
            ["north"] = org.CreateTaskOwnedBy(org.CreateUserWith(null, North), "north"),
            ["support"] = org.CreateTaskOwnedBy(org.CreateUserWith(null, Support), "support"),
            ["root"] = org.CreateTaskOwnedBy(org.CreateUserWith(null), "root"),
        };
    }

    public Guid Sales { get; }

    public Guid North { get; }

    public Guid Support { get; }

    public Guid Reader { get; }

    public Guid Colleague { get; }

    public IOrganizationService AsReader { get; }

    public IReadOnlyDictionary<string, Guid> Tasks { get; }
}
