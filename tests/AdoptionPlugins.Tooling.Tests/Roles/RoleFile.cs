using System;
using System.Linq;

namespace AdoptionPlugins.Tooling.Tests.Roles;

/// <summary>Role XML in the exported shape, valid unless a test breaks one part of it.</summary>
public static class RoleFile
{
    public static readonly Guid Id = new("5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");

    public static string Xml(string name = "Adoption Manager", string id = "{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}", params string[] privileges) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Role id="{id}" name="{name}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <IsCustomizable>1</IsCustomizable>
          <RolePrivileges>
        {string.Concat(privileges.Select(privilege => "    " + privilege + "\n"))}  </RolePrivileges>
        </Role>
        """;

    public static string Privilege(string name, string level) => $"""<RolePrivilege name="{name}" level="{level}" />""";
}
