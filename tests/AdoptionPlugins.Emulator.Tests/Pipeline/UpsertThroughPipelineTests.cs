using System;
using System.Linq;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>An Upsert raises its own message, then the Create or Update it becomes, each with its steps (dataverse-facts 4.2).</summary>
public sealed class UpsertThroughPipelineTests
{
    private static readonly DateTime Day = new(2026, 3, 2);

    [Fact]
    public void UpsertOfANewKey_FiresTheUpsertAndCreateSteps()
    {
        using var org = OrganizationWithUsage();
        org.Register(AStep.For<ContextTracer>("Upsert", TestTables.Usage));
        org.Register(AStep.For<ContextTracer>("Create", TestTables.Usage));
        var user = org.CreateUser("Lovelace");

        var response = (UpsertResponse)org.SystemService.Execute(new UpsertRequest { Target = A.Usage().Counting(1).BuildKeyed(user, Day) });

        Assert.True(response.RecordCreated);
        Assert.Equal(["Create", "Upsert"], org.TracesOf<ContextTracer>().Values("message"));
    }

    [Fact]
    public void UpsertOfAnExistingKey_FiresTheUpdateStepsWithoutTheKeyColumns()
    {
        using var org = OrganizationWithUsage();
        var user = org.CreateUser("Lovelace");
        org.SystemService.Execute(new UpsertRequest { Target = A.Usage().Counting(1).BuildKeyed(user, Day) });
        org.Register(AStep.For<ContextTracer>("Update", TestTables.Usage));

        var response = (UpsertResponse)org.SystemService.Execute(new UpsertRequest { Target = A.Usage().Counting(2).BuildKeyed(user, Day) });

        Assert.False(response.RecordCreated);
        Assert.Equal("new_code,new_count", org.TracesOf<ContextTracer>().Single().Value("target"));
    }

    private static EmulatedOrganization OrganizationWithUsage()
    {
        var catalog = MetadataCatalog.CreateStandard();
        catalog.Add(TestTables.UsageTable());
        return new EmulatedOrganization(new EmulatedOrganizationOptions { Catalog = catalog });
    }
}
