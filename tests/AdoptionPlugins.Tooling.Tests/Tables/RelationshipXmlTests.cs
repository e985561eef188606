using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Relationship files: written ones read back, real ones read, and relationships in the wrong file or of another kind fail.</summary>
public class RelationshipXmlTests
{
    [Fact]
    public void WrittenRelationships_ReadBackEqual()
    {
        var relationships = ATable.Solution().Relationships.Where(relationship => relationship.ReferencedTable == "SystemUser").ToArray();
        using var solution = new TemporarySolution();
        var path = Path.Combine(solution.Path, "SystemUser.xml");

        File.WriteAllBytes(path, RelationshipXml.WriteFile(relationships));

        Assert.Equal(relationships, RelationshipXml.ReadFile(path, "SystemUser.xml"));
    }

    [Fact]
    public void RealCustomLookupRelationship_ReadsTargetColumnAndCascade()
    {
        var relationships = RelationshipXml.ReadFile(RealTableSamples.SystemUserRelationships, "AKM SystemUser.xml");

        var manager = relationships.Single(relationship => relationship.SchemaName == "autocoe_Department_DepartmentManager_Syst");

        Assert.Equal(("systemuser", "autocoe_department", "autocoe_departmentmanager"), (manager.ReferencedLogicalName, manager.ReferencingLogicalName, manager.ReferencingColumnLogicalName));
        Assert.Equal((CascadeType.RemoveLink, "autocoe_DepartmentManager"), (manager.CascadeDelete, manager.ReferencingNavigationProperty));
    }

    [Fact]
    public void RelationshipInTheFileOfAnotherTable_Fails()
    {
        var relationship = ATable.Solution().Relationships.First(relationship => relationship.ReferencedTable == "SystemUser");
        using var solution = new TemporarySolution();
        var path = Path.Combine(solution.Path, "Team.xml");
        File.WriteAllBytes(path, RelationshipXml.WriteFile([relationship]));

        var error = Assert.Throws<InvalidDataException>(() => RelationshipXml.ReadFile(path, "Team.xml"));

        Assert.Contains($"it belongs in {RelationshipXml.Folder}/SystemUser.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyToManyRelationship_IsReportedAsUnsupported()
    {
        var error = Assert.Throws<InvalidDataException>(() => RelationshipXml.ReadFile(RealTableSamples.BusinessApproverRelationships, "BAK cat_BusinessApprover.xml"));

        Assert.Contains("<EntityRelationshipType> is ManyToMany; this reader supports one-to-many relationships only", error.Message, StringComparison.Ordinal);
    }
}
