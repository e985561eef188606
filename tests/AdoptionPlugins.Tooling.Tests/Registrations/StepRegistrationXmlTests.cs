using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>The step writer against its own reader and against real exports, and the reader's errors on bad files.</summary>
public class StepRegistrationXmlTests
{
    private static readonly string DevkeydetStep = RepositoryFolders.InShared(
        "solution-samples", "devkeydet__codefirstsolution", "src", "SdkMessageProcessingSteps", "{151b1890-0edb-ee11-904c-6045bdd8c66c}.xml");

    private static readonly string AutomationKitStep = RepositoryFolders.InShared(
        "solution-samples", "microsoft__powercat-automation-kit", "AutomationKitControlCenter", "SolutionPackage", "src",
        "SdkMessageProcessingSteps", "{7a670693-4bd3-ee11-904d-0022481741cb}.xml");

    [Fact]
    public void WrittenStep_ReadsBackEqual()
    {
        var step = AStep.OnUpdate().Asynchronous().WithImage(ImageType.Pre, "name", "ownerid") with
        {
            Configuration = "{\"nudgeAfterDays\":7}",
            FilteringAttributes = ["name", "ownerid"],
        };
        using var solution = new TemporarySolution();

        var path = StepRegistrationXml.WriteTo(solution.Path, step);

        Assert.Equal(step, StepRegistrationXml.ReadFile(path, step.RelativePath));
    }

    [Fact]
    public void StepOnACustomApiMessage_IsWrittenBySdkMessageNameAndReadsBackEqual()
    {
        var step = AStep.On("pfx_EvaluateAdoption", "account") with { SdkMessageId = null, PrimaryEntity = null };
        using var solution = new TemporarySolution();

        var path = StepRegistrationXml.WriteTo(solution.Path, step);

        Assert.Contains("<SdkMessageName>pfx_EvaluateAdoption</SdkMessageName>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(step, StepRegistrationXml.ReadFile(path, step.RelativePath));
    }

    [Fact]
    public void EqualSteps_WriteTheSameBytes()
    {
        var step = AStep.OnDelete().WithImage(ImageType.Pre, "name");
        var copy = step with { Images = [.. step.Images] };

        var bytes = StepRegistrationXml.Write(copy);

        Assert.Equal(StepRegistrationXml.Write(step), bytes);
    }

    [Fact]
    public void WrittenStep_IsUtf8WithBomLfLineEndsAndTwoSpaceIndentation()
    {
        var step = AStep.OnCreate();

        var bytes = StepRegistrationXml.Write(step);

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<SdkMessageProcessingStep ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.Contains("\n  <SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("devkeydet")]
    [InlineData("automation-kit")]
    public void RealExportedStep_WritesBackToItsExactBytes(string sample)
    {
        var path = sample == "devkeydet" ? DevkeydetStep : AutomationKitStep;
        var step = StepRegistrationXml.ReadFile(path, Path.GetFileName(path));

        var bytes = StepRegistrationXml.Write(step);

        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(bytes));
        Assert.Equal(File.ReadAllBytes(path), bytes);
    }

    [Fact]
    public void RealPackedStepsWithImages_WriteBackWithTheirElementSequence()
    {
        var steps = RealSamples.EducationPackedSteps();

        var rewritten = steps.Select(step => XDocument.Parse(Encoding.UTF8.GetString(StepRegistrationXml.Write(StepRegistrationXml.Read(step, "customizations.xml"))).TrimStart('\uFEFF')).Root!);

        Assert.Equal(steps.Select(ElementSequence), rewritten.Select(ElementSequence));
    }

    [Theory]
    [InlineData("<Stage>40</Stage>", "<Stage>30</Stage>", "<Stage> is 30; a step's stage is 10, 20 or 40")]
    [InlineData("<Mode>0</Mode>", "<Mode>2</Mode>", "<Mode> is 2; a step's mode is 0 (synchronous) or 1 (asynchronous)")]
    [InlineData("<Mode>0</Mode>", "", "<Mode> is missing from <SdkMessageProcessingStep>")]
    [InlineData("<Rank>1</Rank>", "<Rank>first</Rank>", "<Rank> is 'first', which is not a whole number")]
    [InlineData("<AsyncAutoDelete>0</AsyncAutoDelete>", "<AsyncAutoDelete>yes</AsyncAutoDelete>", "<AsyncAutoDelete> is 'yes'; expected 0 or 1")]
    [InlineData("<IsHidden>0</IsHidden>", "<IsHidden>0</IsHidden><Secret>1</Secret>", "<SdkMessageProcessingStep> has <Secret>, which this reader does not know; it would be lost when the file is rewritten")]
    [InlineData("<ImageType>1</ImageType>", "<ImageType>7</ImageType>", "image PostImage: <ImageType> is 7; an image's type is 0 (pre), 1 (post) or 2 (both)")]
    [InlineData("<SdkMessageId>20bebb1b", "<SdkMessageId>00000000", "<SdkMessageId> is 00000000-ea3e-db11-86a7-000a3a5473e8, which is not one of the messages SdkMessages knows")]
    [InlineData("<PrimaryEntity>", "<PluginTypeExportKey>2A74</PluginTypeExportKey><PrimaryEntity>", "the step has both <PluginTypeExportKey> and <PluginTypeName>/<PluginTypeId>")]
    [InlineData("</SdkMessageProcessingStep>", "", "not well-formed XML")]
    public void BrokenStepFile_FailsNamingTheFileAndTheProblem(string find, string replacement, string problem)
    {
        var step = AStep.OnUpdate().WithImage(ImageType.Post, "name");
        using var solution = new TemporarySolution();
        solution.WriteBroken(step, find, replacement);

        var error = Assert.Throws<InvalidDataException>(() => SolutionRegistrations.Read(solution.Path));

        Assert.StartsWith(step.RelativePath + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static string ElementSequence(XElement step) =>
        string.Join(' ', step.Elements().Select(element => element.Name.LocalName))
        + " | " + string.Join(' ', step.Descendants("SdkMessageProcessingStepImage").Elements().Select(element => element.Name.LocalName));
}
