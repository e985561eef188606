using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>
/// Platform rules and our policies for registrations, one small method per rule, each returning one line per violation
/// (dataverse-facts 1.5 and 1.6; house-style Registration).
/// </summary>
public static class RegistrationRules
{
    private static readonly Func<StepRegistration, IEnumerable<string>>[] StepRules =
    [
        NoPreImageOnCreate,
        NoPostImageOnDelete,
        NoPostImageBeforePostOperation,
        AsyncOnlyInPostOperation,
        AsyncStepsAutoDelete,
        UpdateStepsHaveFilteringAttributes,
        ImagesListTheirAttributes,
        RanksAreExplicit,
        AttributesAreLowerCase,
    ];

    /// <summary>Every violation in the solution: the per-step rules step by step, then the rules across steps.</summary>
    public static IReadOnlyList<string> Check(SolutionRegistrations solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return
        [
            .. solution.Steps.SelectMany(step => StepRules.SelectMany(rule => rule(step))),
            .. StepNamesAreUnique(solution.Steps),
            .. PluginTypesExist(solution),
        ];
    }

    /// <summary>Before Create the row does not exist, so there is nothing to take a pre-image of.</summary>
    public static IEnumerable<string> NoPreImageOnCreate(StepRegistration step) =>
        ImagesOn(step, "Create", ImageType.Pre)
            .Select(image => $"{Describe(step)}: image {image.EntityAlias} is a pre-image on Create; the row does not exist before Create, so only a post-image is possible");

    /// <summary>After Delete the row is gone, so there is nothing to take a post-image of.</summary>
    public static IEnumerable<string> NoPostImageOnDelete(StepRegistration step) =>
        ImagesOn(step, "Delete", ImageType.Post)
            .Select(image => $"{Describe(step)}: image {image.EntityAlias} is a post-image on Delete; the row is gone after Delete, so only a pre-image is possible");

    /// <summary>Post-images exist only once the operation has run (dataverse-facts 1.5).</summary>
    public static IEnumerable<string> NoPostImageBeforePostOperation(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Stage == PipelineStage.PostOperation
            ? []
            : step.Images.Where(image => Shows(image, ImageType.Post))
                .Select(image => $"{Describe(step)}: image {image.EntityAlias} is a post-image in {step.Stage}; post-images exist only in PostOperation");
    }

    /// <summary>Dataverse accepts asynchronous steps only in PostOperation (dataverse-facts 1.6).</summary>
    public static IEnumerable<string> AsyncOnlyInPostOperation(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation
            ? [$"{Describe(step)}: asynchronous in {step.Stage}; asynchronous steps run only in PostOperation"]
            : [];
    }

    /// <summary>Our policy: succeeded system jobs are deleted, so high-volume steps do not fill the async table (dataverse-facts 1.6).</summary>
    public static IEnumerable<string> AsyncStepsAutoDelete(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Mode == StepMode.Asynchronous && !step.AsyncAutoDelete
            ? [$"{Describe(step)}: asynchronous without AsyncAutoDelete; set it so succeeded system jobs are deleted"]
            : [];
    }

    /// <summary>Without filtering attributes an Update step fires on every update of the table, whatever changed.</summary>
    public static IEnumerable<string> UpdateStepsHaveFilteringAttributes(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return IsMessage(step, "Update") && step.FilteringAttributes.Count == 0
            ? [$"{Describe(step)}: an Update step without filtering attributes fires on every update of {step.PrimaryEntity ?? "any table"}; list the columns it reacts to"]
            : [];
    }

    /// <summary>An image without attributes holds every column, which costs on every run and hides what the plugin reads.</summary>
    public static IEnumerable<string> ImagesListTheirAttributes(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Images.Where(image => image.Attributes.Count == 0)
            .Select(image => $"{Describe(step)}: image {image.EntityAlias} lists no attributes, so it holds every column; list the columns the plugin reads");
    }

    /// <summary>Every step states its order explicitly, starting at 1.</summary>
    public static IEnumerable<string> RanksAreExplicit(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Rank >= 1
            ? []
            : [$"{Describe(step)}: rank is {step.Rank}; give every step an explicit rank of 1 or more"];
    }

    /// <summary>Logical names are lower case; a column named otherwise never matches.</summary>
    public static IEnumerable<string> AttributesAreLowerCase(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var filtering = step.FilteringAttributes.Where(HasUpperCase)
            .Select(column => $"{Describe(step)}: filtering attribute {column} is not lower case; columns are named by their lower-case logical name");
        var images = step.Images.SelectMany(image => image.Attributes.Where(HasUpperCase)
            .Select(column => $"{Describe(step)}: image {image.EntityAlias} attribute {column} is not lower case; columns are named by their lower-case logical name"));
        return [.. filtering, .. images];
    }

    /// <summary>Step names identify steps in the maker portal, traces and the attribute test, so no two are the same.</summary>
    public static IEnumerable<string> StepNamesAreUnique(IEnumerable<StepRegistration> steps) =>
        steps.GroupBy(step => step.Name, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {group.Count()} steps have this name ({string.Join(", ", group.Select(step => step.RelativePath))}); step names must be unique");

    /// <summary>Each step runs a plug-in type that a plugin assembly of the same solution registers, under the same name.</summary>
    public static IEnumerable<string> PluginTypesExist(SolutionRegistrations solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var types = solution.Assemblies.SelectMany(assembly => assembly.PluginTypes).ToArray();
        foreach (var step in solution.Steps)
        {
            if (step.PluginTypeId is not { } id)
            {
                yield return $"{Describe(step)}: runs plug-in package type {step.PluginTypeExportKey}; only types of a plugin assembly in the solution are supported";
                continue;
            }

            var type = types.FirstOrDefault(candidate => candidate.PluginTypeId == id);
            if (type is null)
            {
                yield return $"{Describe(step)}: plug-in type {step.PluginTypeName} ({id}) is not in any plugin assembly of the solution";
            }
            else if (!string.Equals(type.AssemblyQualifiedName, step.PluginTypeName, StringComparison.Ordinal))
            {
                yield return $"{Describe(step)}: PluginTypeName is {step.PluginTypeName} but plug-in type {id} is {type.AssemblyQualifiedName}";
            }
        }
    }

    private static string Describe(StepRegistration step) => $"{step.Name} ({step.RelativePath})";

    private static bool IsMessage(StepRegistration step, string message) =>
        string.Equals(step.MessageName, message, StringComparison.OrdinalIgnoreCase);

    /// <summary>Images on <paramref name="message"/> that show the row at <paramref name="moment"/> (Both shows it at either).</summary>
    private static IEnumerable<StepImageRegistration> ImagesOn(StepRegistration step, string message, ImageType moment)
    {
        ArgumentNullException.ThrowIfNull(step);
        return IsMessage(step, message) ? step.Images.Where(image => Shows(image, moment)) : [];
    }

    private static bool Shows(StepImageRegistration image, ImageType moment) => image.ImageType == moment || image.ImageType == ImageType.Both;

    private static bool HasUpperCase(string column) => column.Any(char.IsUpper);
}
