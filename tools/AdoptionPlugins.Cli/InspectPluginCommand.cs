using System.CommandLine;
using System.IO;
using AdoptionPlugins.Tooling.Assemblies;

namespace AdoptionPlugins.Cli;

/// <summary>The inspect-plugin verb: shows whether the plugin assembly will load in Dataverse.</summary>
public static class InspectPluginCommand
{
    public static Command Create()
    {
        var plugin = new Option<FileInfo>("--plugin")
        {
            Description = "The plugin assembly to inspect (default: the .NET Framework build shipped beside this tool).",
            DefaultValueFactory = _ => new FileInfo(RepositoryLayout.DataversePluginAssembly),
        };
        var listings = new Option<DirectoryInfo?>("--sdk-listings")
        {
            Description = "Folder with the real SDK's public API listings (default: ../shared/xrm-sdk-api beside the repository).",
        };
        var command = new Command("inspect-plugin", "Check that the plugin assembly targets .NET Framework 4.6.2, is signed, and binds only to the framework and the real Dataverse SDK.")
        {
            plugin,
            listings,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(plugin)!, parseResult.GetValue(listings), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo plugin, DirectoryInfo? listings, TextWriter output, TextWriter error)
    {
        var listingsFolder = listings?.FullName ?? RepositoryLayout.SdkListingsFolder();
        if (listingsFolder == null || !Directory.Exists(listingsFolder))
        {
            error.WriteLine("error: the real SDK listings were not found; pass --sdk-listings <folder with Microsoft.Xrm.Sdk-9.0.0.0.txt>.");
            return ExitCodes.BadInput;
        }

        PluginAssemblyReport report;
        try
        {
            report = PluginAssemblyReport.Inspect(plugin.FullName, listingsFolder);
        }
        catch (FileNotFoundException missing)
        {
            error.WriteLine($"error: {missing.Message}");
            return ExitCodes.BadInput;
        }
        catch (System.BadImageFormatException notAnAssembly)
        {
            error.WriteLine($"error: {plugin.FullName} is not a .NET assembly: {notAnAssembly.Message}");
            return ExitCodes.BadInput;
        }

        output.WriteLine($"Plugin assembly   {report.Path}");
        output.WriteLine($"Identity          {report.Identity}");
        output.WriteLine($"Target framework  {report.TargetFramework ?? "(not recorded)"}");
        output.WriteLine("References");
        foreach (var reference in report.References)
        {
            output.WriteLine($"  {reference}");
        }

        if (report.IsReadyForDataverse)
        {
            output.WriteLine("Ready for Dataverse: every type and member it uses exists in the real SDK 9.0.0.0.");
            return ExitCodes.Success;
        }

        output.WriteLine($"Not ready for Dataverse ({report.Problems.Count} problem(s)):");
        foreach (var problem in report.Problems)
        {
            output.WriteLine($"  {problem}");
        }

        return ExitCodes.ProblemsFound;
    }
}
