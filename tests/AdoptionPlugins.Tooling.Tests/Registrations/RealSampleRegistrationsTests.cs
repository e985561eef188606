using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>The reader against every real export in ../shared/solution-samples: it reads them all, and reads known values right.</summary>
public class RealSampleRegistrationsTests
{
    [Fact]
    public void EverySampleSolution_ReadsEveryRegistrationFile()
    {
        var folders = RealSamples.SolutionFolders();

        var read = folders.Select(SolutionRegistrations.Read).ToArray();

        Assert.Equal(CountFiles("*.dll.data.xml", "PluginAssemblies"), read.Sum(solution => solution.Assemblies.Count));
        Assert.Equal(CountFiles("*.xml", "SdkMessageProcessingSteps"), read.Sum(solution => solution.Steps.Count));
        Assert.Equal(CountFiles("customapi.xml", "customapis"), read.Sum(solution => solution.CustomApis.Count));
        Assert.Equal(CountFiles("customapirequestparameter.xml", "customapis"), read.Sum(solution => solution.CustomApis.Sum(api => api.RequestParameters.Count)));
    }

    [Fact]
    public void DevkeydetStep_ReadsAsAPreValidationCreateOfAccount()
    {
        var solution = SolutionRegistrations.Read(RealSamples.Devkeydet);

        var step = Assert.Single(solution.Steps);

        Assert.Equal(new Guid("151b1890-0edb-ee11-904c-6045bdd8c66c"), step.Id);
        Assert.Equal(("Create", SdkMessages.Create, "account"), (step.MessageName, step.SdkMessageId, step.PrimaryEntity));
        Assert.Equal((PipelineStage.PreValidation, StepMode.Synchronous, 1), (step.Stage, step.Mode, step.Rank));
        Assert.Equal(new Guid("e9df3d83-1a2e-4ea9-9682-1ed5f6303d08"), step.PluginTypeId);
        Assert.Equal(("1.0.0.8", 0), (step.IntroducedVersion, step.FilteringAttributes.Count + step.Images.Count));
        Assert.Empty(RegistrationRules.PluginTypesExist(solution));
    }

    [Fact]
    public void AutomationKitStep_ReadsAsAnAsyncUpdateOfAPluginPackageType()
    {
        var solution = SolutionRegistrations.Read(RealSamples.AutomationKit);

        var step = Assert.Single(solution.Steps);

        Assert.Equal(("Update", StepMode.Asynchronous, true), (step.MessageName, step.Mode, step.AsyncAutoDelete));
        Assert.Equal("2A743067763B0636E35DE38E9496464E69F0BAC3B06AD0D467898A11435DDE07", step.PluginTypeExportKey);
        Assert.Null(step.PluginTypeName);
        Assert.Equal(1, step.InvocationSource);
    }

    [Fact]
    public void BusinessApprovalsCustomApi_ReadsItsParametersAndPluginType()
    {
        var solution = SolutionRegistrations.Read(RealSamples.BusinessApprovals);

        var api = solution.CustomApis.Single(candidate => candidate.UniqueName == "cat_EvaluateNodeMessage");

        Assert.Equal(["EnableDataverse", "NodeId", "WorkflowId"], api.RequestParameters.Select(parameter => parameter.UniqueName));
        Assert.Equal([CustomApiParameterType.Boolean, CustomApiParameterType.String, CustomApiParameterType.String], api.RequestParameters.Select(parameter => parameter.Type));
        Assert.Equal(("Message", CustomApiParameterType.String), (api.ResponseProperties.Single().UniqueName, api.ResponseProperties.Single().Type));
        Assert.Equal(("EvaluateNodeMessage", false, CustomApiBindingType.Global), (api.DisplayName, api.IsFunction, api.BindingType));
        Assert.Contains(solution.Assemblies.SelectMany(assembly => assembly.PluginTypes), type => type.PluginTypeId == api.PluginTypeId);
    }

    [Fact]
    public void EducationPackedSteps_ReadImagesFiltersAndACustomApiMessage()
    {
        var elements = RealSamples.EducationPackedSteps();

        var steps = elements.Select(element => StepRegistrationXml.Read(element, "customizations.xml")).ToArray();

        var clone = steps.Single(step => step.SdkMessageId is null);
        Assert.Equal(("mshied_Clone", null), (clone.MessageName, clone.PrimaryEntity));
        Assert.StartsWith("<?xml", clone.Configuration, StringComparison.Ordinal);
        var update = steps.Single(step => step.Name == "Microsoft.Education.Core.Plugins.TotalStudentsEnrolledPlugin: Update of mshied_coursehistory");
        Assert.Equal(["mshied_registrationstatusid"], update.FilteringAttributes);
        var image = Assert.Single(update.Images);
        Assert.Equal(("CourseEnrollment_PostImage", ImageType.Post, "Target"), (image.EntityAlias, image.ImageType, image.MessagePropertyName));
        Assert.Equal(["mshied_coursesectionid"], image.Attributes);
    }

    [Fact]
    public void EducationCustomApi_WithoutPluginTypeReadsAsSyncAndAsyncWithEntityReferences()
    {
        var solution = SolutionRegistrations.Read(RealSamples.EducationCore);

        var api = Assert.Single(solution.CustomApis);

        Assert.Equal(("mshied_Clone", null, CustomProcessingStepType.SyncAndAsync), (api.UniqueName, api.PluginTypeExportKey, api.AllowedCustomProcessingStepType));
        Assert.Equal([CustomApiParameterType.EntityReference, CustomApiParameterType.Boolean], api.ResponseProperties.Select(property => property.Type));
    }

    private static int CountFiles(string pattern, string underFolder) =>
        Directory.GetFiles(RealSamples.Root, pattern, SearchOption.AllDirectories)
            .Count(path => path.Replace('\\', '/').Contains("/" + underFolder + "/", StringComparison.Ordinal));
}
