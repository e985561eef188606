using System;
using System.IO;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>
/// The unpacked real exports of ../shared/solution-samples, copied at test time into a temporary folder (never into the repository) so
/// pack can fold them: AKM's copy lacks <c>Other/Solution.xml</c> and <c>Customizations.xml</c>, so ours stand in; AKC's plug-in package
/// folder, a kind of component we do not ship, is left out.
/// </summary>
public sealed class SampleTrees : IDisposable
{
    public const string BusinessApprovals = "microsoft__powercat-business-approvals-kit/BusinessApprovalKit/SolutionPackage/src";
    public const string AutomationKit = "microsoft__powercat-automation-kit/AutomationKitControlCenter/SolutionPackage/src";
    public const string AutomationCoE = "microsoft__powercat-automation-kit/AutomationCoEMain/SolutionPackage/src";
    public const string Media = "microsoft__Industry-Accelerator-Media/CDS.solutions/MediaContentProductionApps/Extracts/Base";
    public const string Devkeydet = "devkeydet__codefirstsolution/src";

    public static readonly string[] All = [BusinessApprovals, AutomationKit, AutomationCoE, Media, Devkeydet];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-sample-trees-");

    /// <summary>A fresh copy of the sample tree <paramref name="sample"/> (one of the constants), ready to fold.</summary>
    public string Copy(string sample)
    {
        var source = RepositoryFolders.InShared(["solution-samples", .. sample.Split('/')]);
        var target = Path.Combine(_folder.FullName, Path.GetRandomFileName());
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!relative.StartsWith("pluginpackages", StringComparison.Ordinal))
            {
                CopyFile(file, Path.Combine(target, relative));
            }
        }

        foreach (var skeleton in new[] { "Solution.xml", "Customizations.xml" })
        {
            if (!File.Exists(Path.Combine(target, "Other", skeleton)))
            {
                CopyFile(RepositoryFolders.InRepository("solution", "Other", skeleton), Path.Combine(target, "Other", skeleton));
            }
        }

        return target;
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static void CopyFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
