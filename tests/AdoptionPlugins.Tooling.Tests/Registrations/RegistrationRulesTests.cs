using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>One test per rule, each with a step that passes and one that breaks it.</summary>
public class RegistrationRulesTests
{
    [Fact]
    public void ValidSolution_HasNoViolations()
    {
        var solution = ASolution.With(
            AStep.OnCreate().WithImage(ImageType.Post, "name"),
            AStep.OnUpdate().Asynchronous().WithImage(ImageType.Both, "name"),
            AStep.OnDelete().In(PipelineStage.PreValidation).WithImage(ImageType.Pre, "name"));

        var violations = RegistrationRules.Check(solution);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(ImageType.Post, 0)]
    [InlineData(ImageType.Pre, 1)]
    [InlineData(ImageType.Both, 1)]
    public void NoPreImageOnCreate_FlagsImagesOfTheRowBeforeCreate(ImageType type, int expected)
    {
        var step = AStep.OnCreate().WithImage(type, "name");

        var violations = RegistrationRules.NoPreImageOnCreate(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData(ImageType.Pre, 0)]
    [InlineData(ImageType.Post, 1)]
    [InlineData(ImageType.Both, 1)]
    public void NoPostImageOnDelete_FlagsImagesOfTheRowAfterDelete(ImageType type, int expected)
    {
        var step = AStep.OnDelete().WithImage(type, "name");

        var violations = RegistrationRules.NoPostImageOnDelete(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData(PipelineStage.PostOperation, 0)]
    [InlineData(PipelineStage.PreOperation, 1)]
    [InlineData(PipelineStage.PreValidation, 1)]
    public void NoPostImageBeforePostOperation_FlagsPostImagesInEarlierStages(PipelineStage stage, int expected)
    {
        var step = AStep.OnUpdate().In(stage).WithImage(ImageType.Post, "name");

        var violations = RegistrationRules.NoPostImageBeforePostOperation(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData(PipelineStage.PostOperation, 0)]
    [InlineData(PipelineStage.PreOperation, 1)]
    public void AsyncOnlyInPostOperation_FlagsAsynchronousStepsInEarlierStages(PipelineStage stage, int expected)
    {
        var step = AStep.OnUpdate().Asynchronous().In(stage);

        var violations = RegistrationRules.AsyncOnlyInPostOperation(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void AsyncStepsAutoDelete_FlagsAsynchronousStepsThatKeepTheirJobs(bool autoDelete, int expected)
    {
        var step = AStep.OnUpdate().Asynchronous() with { AsyncAutoDelete = autoDelete };

        var violations = RegistrationRules.AsyncStepsAutoDelete(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData("name", 0)]
    [InlineData("", 1)]
    public void UpdateStepsHaveFilteringAttributes_FlagsUpdateStepsThatFireOnEveryColumn(string filter, int expected)
    {
        var step = AStep.OnUpdate() with { FilteringAttributes = [.. filter.Split(',', StringSplitOptions.RemoveEmptyEntries)] };

        var violations = RegistrationRules.UpdateStepsHaveFilteringAttributes(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData("name", 0)]
    [InlineData("", 1)]
    public void ImagesListTheirAttributes_FlagsAllColumnImages(string attributes, int expected)
    {
        var step = AStep.OnUpdate().WithImage(ImageType.Pre, attributes.Split(',', StringSplitOptions.RemoveEmptyEntries));

        var violations = RegistrationRules.ImagesListTheirAttributes(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    public void RanksAreExplicit_FlagsRanksBelowOne(int rank, int expected)
    {
        var step = AStep.OnUpdate() with { Rank = rank };

        var violations = RegistrationRules.RanksAreExplicit(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData("ownerid", 0)]
    [InlineData("OwnerId", 2)]
    public void AttributesAreLowerCase_FlagsFilteringAndImageColumnsWithCapitals(string column, int expected)
    {
        var step = AStep.OnUpdate().WithImage(ImageType.Pre, column) with { FilteringAttributes = [column] };

        var violations = RegistrationRules.AttributesAreLowerCase(step);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData("Second step", 0)]
    [InlineData("First step", 1)]
    public void StepNamesAreUnique_FlagsNamesUsedTwice(string secondName, int expected)
    {
        var steps = new[] { AStep.OnCreate().Named("First step"), AStep.OnUpdate().Named(secondName) };

        var violations = RegistrationRules.StepNamesAreUnique(steps);

        Assert.Equal(expected, violations.Count());
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void PluginTypesExist_FlagsStepsWhosePluginTypeNoAssemblyRegisters(bool unknownType, int expected)
    {
        var step = unknownType ? AStep.OnUpdate() with { PluginTypeId = Guid.NewGuid() } : AStep.OnUpdate();

        var violations = RegistrationRules.PluginTypesExist(ASolution.With(step));

        Assert.Equal(expected, violations.Count());
    }

    [Fact]
    public void PluginTypesExist_FlagsANameThatDisagreesWithTheAssembly()
    {
        var step = AStep.OnUpdate() with { PluginTypeName = AStep.PluginTypeName.Replace("1.0.0.0", "2.0.0.0", StringComparison.Ordinal) };

        var violations = RegistrationRules.PluginTypesExist(ASolution.With(step));

        Assert.Equal(
            [$"{step.Name} ({step.RelativePath}): PluginTypeName is {step.PluginTypeName} but plug-in type {AStep.PluginTypeId} is {AStep.PluginTypeName}"],
            violations);
    }

    [Fact]
    public void Check_ReportsOneClearLinePerViolation()
    {
        var step = AStep.OnUpdate().Asynchronous().In(PipelineStage.PreOperation) with { AsyncAutoDelete = false };

        var violations = RegistrationRules.Check(ASolution.With(step));

        Assert.Equal(
            [
                $"{step.Name} ({step.RelativePath}): asynchronous in PreOperation; asynchronous steps run only in PostOperation",
                $"{step.Name} ({step.RelativePath}): asynchronous without AsyncAutoDelete; set it so succeeded system jobs are deleted",
            ],
            violations);
    }
}
