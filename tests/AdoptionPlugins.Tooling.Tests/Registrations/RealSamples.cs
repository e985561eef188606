using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>The real exported solutions in ../shared/solution-samples that hold plugin registrations.</summary>
public static class RealSamples
{
    private static readonly string[] RegistrationFolders = ["SdkMessageProcessingSteps", "PluginAssemblies", "customapis"];

    public static string Root => RepositoryFolders.InShared("solution-samples");

    public static string Devkeydet => RepositoryFolders.InShared("solution-samples", "devkeydet__codefirstsolution", "src");

    public static string AutomationKit => RepositoryFolders.InShared(
        "solution-samples", "microsoft__powercat-automation-kit", "AutomationKitControlCenter", "SolutionPackage", "src");

    public static string BusinessApprovals => RepositoryFolders.InShared(
        "solution-samples", "microsoft__powercat-business-approvals-kit", "BusinessApprovalKit", "SolutionPackage", "src");

    public static string EducationCore => RepositoryFolders.InShared(
        "solution-samples", "microsoft__Industry-Accelerator-Education", "solutions", "EducationCoreBusinessLogic_managed.zip.extracted");

    /// <summary>Every folder that holds a registrations folder, i.e. every solution root the reader should accept.</summary>
    public static string[] SolutionFolders() =>
        Directory.GetDirectories(Root, "*", SearchOption.AllDirectories)
            .Where(folder => RegistrationFolders.Any(part => Directory.Exists(Path.Combine(folder, part))))
            .Order(System.StringComparer.Ordinal)
            .ToArray();

    /// <summary>The step elements of the packed Education managed solution, the only sample with images and filtering attributes.</summary>
    public static XElement[] EducationPackedSteps() =>
        XDocument.Load(Path.Combine(EducationCore, "customizations.xml")).Descendants("SdkMessageProcessingStep").ToArray();
}
