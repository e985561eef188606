using System;
using System.Linq;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>Pre- and post-images by alias, with the registered columns and the platform's availability rules (dataverse-facts 1.5, 9.2).</summary>
public sealed class ImageTests
{
    [Fact]
    public void PostImageOnCreate_HoldsTheRegisteredColumnsOfTheNewRow()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").WithImage(ImageType.Post, "Created", "subject", "prioritycode"));

        org.SystemService.Create(A.Task().Build());

        Assert.Equal("Created:prioritycode,subject", org.TracesOf<ContextTracer>().Single().Value("post"));
    }

    [Fact]
    public void PreImageOnUpdate_HoldsTheRowAsItWasBefore()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().WithSubject("Before").Build());
        org.Register(AStep.For<SubjectImageTracer>("Update").FilteredOn("subject").WithImage(ImageType.Both, "Row", "subject"));

        org.SystemService.Update(new Entity("task", id) { ["subject"] = "After" });

        Assert.Equal("Before->After", org.TracesOf<SubjectImageTracer>().Single().Value("subject"));
    }

    [Fact]
    public void ImageWithoutColumns_HoldsEveryColumn()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<ContextTracer>("Delete").WithImage(ImageType.Pre, "Deleted"));

        org.SystemService.Delete("task", id);

        Assert.Contains("activityid", org.TracesOf<ContextTracer>().Single().Value("pre"), StringComparison.Ordinal);
        Assert.Contains("createdon", org.TracesOf<ContextTracer>().Single().Value("pre"), StringComparison.Ordinal);
    }

    [Fact]
    public void PostImageOnAStepBeforePostOperation_IsRefusedAtRegistration()
    {
        using var org = new EmulatedOrganization();
        var step = AStep.For<ContextTracer>("Update").In(PipelineStage.PreOperation).WithImage(ImageType.Post, "After");

        var error = Assert.Throws<ArgumentException>(() => org.Register(step));

        Assert.Contains("post-images exist only in PostOperation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreImageOnCreate_IsRefusedAtRegistration()
    {
        using var org = new EmulatedOrganization();
        var step = AStep.For<ContextTracer>("Create").WithImage(ImageType.Pre, "Before");

        var error = Assert.Throws<ArgumentException>(() => org.Register(step));

        Assert.Contains("pre-image on Create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreValidationStep_SeesNoPostImage()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<ContextTracer>("Update").In(PipelineStage.PreValidation).WithImage(ImageType.Pre, "Before", "subject"));

        org.SystemService.Update(new Entity("task", id) { ["subject"] = "Renamed" });

        var trace = org.TracesOf<ContextTracer>().Single();
        Assert.Equal("Before:subject", trace.Value("pre"));
        Assert.Equal(string.Empty, trace.Value("post"));
    }
}
