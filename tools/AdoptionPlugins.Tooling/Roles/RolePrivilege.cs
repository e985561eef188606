namespace AdoptionPlugins.Tooling.Roles;

/// <summary>
/// One <c>&lt;RolePrivilege name="prvReadadopt_x" level="Basic"/&gt;</c>: a privilege a role holds and how far it reaches.
/// Table privileges are named prv + Create/Read/Write/Delete/Append/AppendTo/Assign/Share + the table's privilege name
/// (solution-format, "Security role").
/// </summary>
public sealed record RolePrivilege(string Name, PrivilegeDepth Depth)
{
    public override string ToString() => $"{Name}:{Depth}";
}
